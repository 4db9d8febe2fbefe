/** How a database (RDS instance, RDS/Aurora/Neptune cluster) is kept recoverable and observable. */
import type { Maybe } from '../maybe.js';

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
