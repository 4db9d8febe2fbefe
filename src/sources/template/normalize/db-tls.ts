/**
 * Whether an RDS instance's DB parameter group, or a cluster's DB cluster
 * parameter group, forces TLS. The group is a separate resource: one of the
 * template is read; a named default group (`default.postgres15`) has the
 * engine's defaults; any other group named from outside is not in the
 * template, so its value is Unknown.
 */
import { createPlace } from '../../../inventory/facts/place.js';
import { dbTlsRequirement } from '../../../inventory/facts/db-tls.js';
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { DbTlsRequirement } from '../../../inventory/model.js';
import { isValueObject } from '../values.js';
import { linkFact, stringFact, valueAt, type TemplateIndex, type TemplateResource } from './context.js';
import { engineFact } from './database.js';

interface GroupRead {
  name: Maybe<string | undefined>;
  valueOf: (parameter: string) => Maybe<string | undefined>;
}

const LEFT_AT_DEFAULT = (): undefined => undefined;

function groupOf(
  resource: TemplateResource,
  property: string,
  groupType: string,
  index: TemplateIndex,
): GroupRead {
  const link = linkFact(resource, property);
  if (link === undefined) return { name: undefined, valueOf: LEFT_AT_DEFAULT };
  if (link instanceof Unknown) return { name: link, valueOf: LEFT_AT_DEFAULT };
  const group = index.get(link);
  if (group === undefined) {
    if (link.startsWith('default.')) return { name: link, valueOf: LEFT_AT_DEFAULT };
    return {
      name: unknown(`${resource.logicalId}.${property}: parameter group ${link} is not in the template`),
      valueOf: LEFT_AT_DEFAULT,
    };
  }
  if (group.cfnType !== groupType) {
    return {
      name: unknown(`${resource.logicalId}.${property} names ${group.logicalId}, a ${group.cfnType}`),
      valueOf: LEFT_AT_DEFAULT,
    };
  }
  return {
    name: group.logicalId,
    valueOf: (parameter) => {
      const parameters = valueAt(group, 'Parameters');
      if (parameters instanceof Unknown)
        return unknown(`${group.logicalId}.Parameters: ${parameters.reason}`);
      if (!isValueObject(parameters)) return undefined;
      const value = parameters[parameter];
      if (value === undefined || value === null) return undefined;
      if (value instanceof Unknown)
        return unknown(`${group.logicalId}.Parameters.${parameter}: ${value.reason}`);
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
      return unknown(`${group.logicalId}.Parameters.${parameter}: expected a single value`);
    },
  };
}

function requirement(resource: TemplateResource, group: GroupRead): Maybe<DbTlsRequirement> {
  return dbTlsRequirement(
    {
      Engine: engineFact(resource),
      EngineVersion: stringFact(resource, 'EngineVersion'),
      groupName: group.name,
      valueOf: group.valueOf,
    },
    createPlace(resource.logicalId),
  );
}

/** Undefined for an Aurora or Multi-AZ cluster member: its cluster's group decides. */
export function dbInstanceTls(
  resource: TemplateResource,
  index: TemplateIndex,
): Maybe<DbTlsRequirement> | undefined {
  if (valueAt(resource, 'DBClusterIdentifier') !== undefined) return undefined;
  return requirement(
    resource,
    groupOf(resource, 'DBParameterGroupName', 'AWS::RDS::DBParameterGroup', index),
  );
}

export function dbClusterTls(resource: TemplateResource, index: TemplateIndex): Maybe<DbTlsRequirement> {
  return requirement(
    resource,
    groupOf(resource, 'DBClusterParameterGroupName', 'AWS::RDS::DBClusterParameterGroup', index),
  );
}
