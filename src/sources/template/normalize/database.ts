/** The operational settings of AWS::RDS::DBInstance and AWS::RDS::DBCluster (backups, protection, logs, Multi-AZ). */
import { dbSettings, type DbSettingsFields } from '../../../inventory/facts/db-settings.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { isAuroraEngine } from '../../../inventory/facts/db-public-access.js';
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { DbOperationalSettings } from '../../../inventory/model.js';
import {
  linkFact,
  linkListFact,
  numberFact,
  optionalBoolFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

/** An RDS engine name, lowercased: RDS reads `MySQL` as `mysql`, and every engine comparison is on the lowercase names. */
export function engineFact(resource: TemplateResource): Maybe<string | undefined> {
  const engine = stringFact(resource, 'Engine');
  return typeof engine === 'string' ? engine.toLowerCase() : engine;
}

const NAMES = {
  logExports: 'EnableCloudwatchLogsExports',
  iamAuthentication: 'EnableIAMDatabaseAuthentication',
};

function fieldsOf(resource: TemplateResource, multiAz: DbSettingsFields['MultiAZ']): DbSettingsFields {
  return {
    MultiAZ: multiAz,
    BackupRetentionPeriod: numberFact(resource, 'BackupRetentionPeriod'),
    DeletionProtection: optionalBoolFact(resource, 'DeletionProtection'),
    LogExports: linkListFact(resource, 'EnableCloudwatchLogsExports'),
    IAMDatabaseAuthentication: optionalBoolFact(resource, 'EnableIAMDatabaseAuthentication'),
    CopyTagsToSnapshot: optionalBoolFact(resource, 'CopyTagsToSnapshot'),
  };
}

/**
 * CreateDBInstance's default retention of 1 day does not reach a read replica:
 * CreateDBInstanceReadReplica creates every replica with backups disabled, and
 * CloudFormation sets a retention on it only when the template gives one.
 */
function replicaBackupRetention(
  resource: TemplateResource,
  source: Maybe<string | undefined>,
): Maybe<number> | undefined {
  if (valueAt(resource, 'BackupRetentionPeriod') !== undefined) return undefined;
  if (source instanceof Unknown) {
    return unknown(
      `${resource.logicalId}.SourceDBInstanceIdentifier: ${source.reason}; a read replica is created with backups off, another instance keeps them 1 day`,
    );
  }
  return source === undefined || source === '' ? undefined : 0;
}

export function dbInstanceSettings(
  resource: TemplateResource,
): DbOperationalSettings & { readReplicaSource?: Maybe<string> } {
  const source = linkFact(resource, 'SourceDBInstanceIdentifier');
  const settings = dbSettings(
    fieldsOf(resource, optionalBoolFact(resource, 'MultiAZ')),
    createPlace(resource.logicalId),
    'instance',
    NAMES,
    false,
  );
  const replicaRetention = replicaBackupRetention(resource, source);
  if (replicaRetention !== undefined) settings.backupRetentionDays = replicaRetention;
  return source === undefined || source === '' ? settings : { ...settings, readReplicaSource: source };
}

/**
 * AWS::RDS::DBCluster has no MultiAZ property. A Multi-AZ DB cluster (MySQL or
 * PostgreSQL engine) always has readers in two other AZs; an Aurora cluster is
 * Multi-AZ when its instances sit in more than one AZ, which a template tells
 * only when it has one instance or pins distinct AvailabilityZones.
 */
function clusterMultiAz(resource: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  const engine = engineFact(resource);
  if (engine instanceof Unknown) return unknown(`${resource.logicalId}.Engine: ${engine.reason}`);
  if (engine === undefined) return unknown(`${resource.logicalId}.Engine is not set`);
  if (!isAuroraEngine(engine)) return true;
  const zones: Maybe<string | undefined>[] = [];
  for (const candidate of resourcesOfType(index, 'AWS::RDS::DBInstance')) {
    const cluster = linkFact(candidate, 'DBClusterIdentifier');
    if (cluster instanceof Unknown) {
      return unknown(`${candidate.logicalId}.DBClusterIdentifier: ${cluster.reason}; its cluster is unknown`);
    }
    if (cluster === resource.id) zones.push(stringFact(candidate, 'AvailabilityZone'));
  }
  if (zones.length <= 1) return false;
  const pinned = new Set<string>();
  for (const zone of zones) {
    if (zone === undefined || zone instanceof Unknown) {
      return unknown(
        `${resource.logicalId}: ${zones.length} instances, but RDS chooses the Availability Zone of those without one`,
      );
    }
    pinned.add(zone);
  }
  return pinned.size > 1;
}

export function dbClusterSettings(resource: TemplateResource, index: TemplateIndex): DbOperationalSettings {
  const settings = dbSettings(
    fieldsOf(resource, undefined),
    createPlace(resource.logicalId),
    'cluster',
    NAMES,
  );
  // AWS::RDS::DBCluster has no MultiAZ property: its engine and instances decide.
  settings.multiAz = clusterMultiAz(resource, index);
  return settings;
}
