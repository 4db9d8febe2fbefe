import type { Rule } from '../../src/engine/rule.js';
import ec2EbsOptimized from './ec2-ebs-optimized.js';
import loadBalancerMultiAz from './load-balancer-multi-az.js';
import loadBalancerDeletionProtection from './load-balancer-deletion-protection.js';
import dbBackupsEnabled from './db-backups-enabled.js';
import dbDeletionProtection from './db-deletion-protection.js';
import dbCopyTagsToSnapshots from './db-copy-tags-to-snapshots.js';
import dbMultiAz from './db-multi-az.js';
import redshiftAutomatedSnapshots from './redshift-automated-snapshots.js';
import elasticacheRedisBackups from './elasticache-redis-backups.js';
import kinesisStreamRetention from './kinesis-stream-retention.js';

export const availabilityRules: readonly Rule[] = [
  dbBackupsEnabled,
  dbDeletionProtection,
  dbCopyTagsToSnapshots,
  dbMultiAz,
  loadBalancerDeletionProtection,
  loadBalancerMultiAz,
  redshiftAutomatedSnapshots,
  elasticacheRedisBackups,
  kinesisStreamRetention,
  ec2EbsOptimized,
] as Rule[];
