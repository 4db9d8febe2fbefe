/** How a database (RDS instance, RDS/Aurora/Neptune cluster) is kept recoverable and observable. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/**
 * Settings RDS has on both instances and clusters. On an Aurora cluster member
 * the cluster's values apply (rules read `clusterId` and skip the member).
 */
export interface DbOperationalSettings {
  /** Days automated backups are kept; 0 turns automated backups off. */
  backupRetentionDays: Maybe<number>;
  deletionProtection: Maybe<boolean>;
  /** Log types exported to CloudWatch Logs (audit, error, postgresql ...); empty: none. */
  logExports: Maybe<string[]>;
  iamDatabaseAuthentication: Maybe<boolean>;
  copyTagsToSnapshot: Maybe<boolean>;
  /** A standby (or, for a cluster, readers) in another Availability Zone. */
  multiAz: Maybe<boolean>;
}

/**
 * A DB snapshot or DB cluster snapshot (RDS, Aurora, Neptune, DocumentDB): live
 * only, snapshots are made by backups and people, not declared in templates.
 */
export interface DbSnapshot extends ResourceBase<'rds-db-snapshot'> {
  kind: 'instance' | 'cluster';
  engine: Maybe<string | undefined>;
  /** manual, automated, awsbackup ... */
  snapshotType: Maybe<string>;
  encrypted: Maybe<boolean>;
  /** Restorable by every AWS account; undefined: an automated snapshot, which cannot be shared. */
  public: Maybe<boolean | undefined>;
}
