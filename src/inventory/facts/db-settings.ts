/**
 * The backup, protection, logging and placement settings of an RDS instance or
 * cluster, with one meaning of "absent" for templates and Describe answers.
 */
import type { DbOperationalSettings } from '../model.js';
import type { Place, Raw } from './place.js';
import { setting } from './setting.js';

export interface DbSettingsFields {
  BackupRetentionPeriod: Raw<number>;
  DeletionProtection: Raw<boolean>;
  /** CloudFormation `EnableCloudwatchLogsExports`, Describe `EnabledCloudwatchLogsExports`. */
  LogExports: Raw<string[]>;
  IAMDatabaseAuthentication: Raw<boolean>;
  CopyTagsToSnapshot: Raw<boolean>;
  MultiAZ: Raw<boolean>;
}

const INSTANCE_API = 'RDS API reference, CreateDBInstance';
const CLUSTER_API = 'RDS API reference, CreateDBCluster';

/** `kind` picks the documented create defaults; `multiAzCreateDefault` undefined: no default (Aurora: placement decides). */
export function dbSettings(
  raw: DbSettingsFields,
  place: Place,
  kind: 'instance' | 'cluster',
  names: { logExports: string; iamAuthentication: string },
  multiAzCreateDefault?: boolean,
): DbOperationalSettings {
  const api = kind === 'instance' ? INSTANCE_API : CLUSTER_API;
  return {
    backupRetentionDays: setting(raw.BackupRetentionPeriod, place, 'BackupRetentionPeriod', {
      createDefault: 1,
      defaultSource: `${api}: BackupRetentionPeriod default 1`,
    }),
    deletionProtection: setting(raw.DeletionProtection, place, 'DeletionProtection', {
      createDefault: false,
      defaultSource: `${api}: deletion protection isn't enabled by default`,
    }),
    // RDS leaves EnabledCloudwatchLogsExports out of a Describe answer when no log is exported.
    logExports: setting(raw.LogExports, place, names.logExports, {
      createDefault: [],
      defaultSource: `${api}: no log types are exported unless listed`,
      describeOmitted: [],
    }),
    iamDatabaseAuthentication: setting(raw.IAMDatabaseAuthentication, place, names.iamAuthentication, {
      createDefault: false,
      defaultSource: `${api}: IAM database authentication is off by default`,
    }),
    copyTagsToSnapshot: setting(raw.CopyTagsToSnapshot, place, 'CopyTagsToSnapshot', {
      createDefault: false,
      defaultSource: `${api}: CopyTagsToSnapshot default false`,
    }),
    multiAz: setting(
      raw.MultiAZ,
      place,
      'MultiAZ',
      multiAzCreateDefault === undefined
        ? {}
        : { createDefault: multiAzCreateDefault, defaultSource: `${api}: Single-AZ unless MultiAZ is true` },
    ),
  };
}
