/** DynamoDB table settings beyond encryption: point-in-time recovery and deletion protection. */
import { isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { DynamoDbTable } from '../../../inventory/model.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { optionalBoolFact, valueAt, type TemplateResource } from './context.js';

const PITR_DEFAULT =
  'AWS::DynamoDB::Table PointInTimeRecoverySpecification: point-in-time recovery is disabled unless enabled';
const DELETION_DEFAULT = 'AWS::DynamoDB::Table DeletionProtectionEnabled: default false';

function flag(resource: TemplateResource, path: string, defaultSource: string): Maybe<boolean> {
  return setting(optionalBoolFact(resource, path), createPlace(resource.logicalId), path, {
    createDefault: false,
    defaultSource,
  });
}

/** A global table's setting is per replica: every replica must have it. */
function everyReplica(resource: TemplateResource, path: string, defaultSource: string): Maybe<boolean> {
  const replicas = valueAt(resource, 'Replicas');
  if (isUnknown(replicas)) return unknown(`${resource.logicalId}.Replicas: ${replicas.reason}`);
  if (!Array.isArray(replicas) || replicas.length === 0)
    return unknown(`${resource.logicalId}.Replicas is not a list of replicas`);
  let result: Maybe<boolean> = true;
  for (const position of replicas.keys()) {
    const value = flag(resource, `Replicas.${position}.${path}`, defaultSource);
    if (value === false) return false;
    if (isUnknown(value)) result = value;
  }
  return result;
}

export function dynamoDbSettings(
  resource: TemplateResource,
): Pick<DynamoDbTable, 'pointInTimeRecovery' | 'deletionProtection'> {
  const pitrPath = 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled';
  if (resource.cfnType === 'AWS::DynamoDB::GlobalTable') {
    return {
      pointInTimeRecovery: everyReplica(resource, pitrPath, PITR_DEFAULT),
      deletionProtection: everyReplica(resource, 'DeletionProtectionEnabled', DELETION_DEFAULT),
    };
  }
  return {
    pointInTimeRecovery: flag(resource, pitrPath, PITR_DEFAULT),
    deletionProtection: flag(resource, 'DeletionProtectionEnabled', DELETION_DEFAULT),
  };
}
