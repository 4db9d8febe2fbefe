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

/**
 * Whether the DB parameter group (instances) or DB cluster parameter group
 * (Aurora and Multi-AZ clusters) makes the engine refuse connections without TLS.
 * `no-parameter`: the engine has no such parameter (Oracle, Db2, RDS Custom,
 * Aurora MySQL 1, Neptune, DocumentDB), so the rule does not judge it.
 */
export type DbTlsRequirement =
  | {
      kind: 'parameter';
      parameter: 'rds.force_ssl' | 'require_secure_transport';
      required: boolean;
      /** The parameter group's name (a template's logical id); undefined: the engine's default group. */
      group: string | undefined;
      /** Set when the group does not set the parameter and AWS's documented engine default decided: which, and where. */
      engineDefault?: string;
    }
  | { kind: 'no-parameter'; engine: string };
