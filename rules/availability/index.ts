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
import dynamodbDeletionProtection from './dynamodb-deletion-protection.js';
import dynamodbPointInTimeRecovery from './dynamodb-point-in-time-recovery.js';
import efsAutomaticBackups from './efs-automatic-backups.js';
import s3VersioningEnabled from './s3-versioning-enabled.js';
import s3MfaDelete from './s3-mfa-delete.js';
import s3ObjectLock from './s3-object-lock.js';
import s3CrossRegionReplication from './s3-cross-region-replication.js';
import s3LifecycleConfigured from './s3-lifecycle-configured.js';
import backupPlanExists from './backup-plan-exists.js';
import backupPlanRetention from './backup-plan-retention.js';
import backupRecoveryPointRetention from './backup-recovery-point-retention.js';
import backupVaultDeletionProtected from './backup-vault-deletion-protected.js';
import backupProtectsDataStores from './backup-protects-data-stores.js';
import lambdaDeadLetterQueue from './lambda-dead-letter-queue.js';
import lambdaReservedConcurrency from './lambda-reserved-concurrency.js';

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
  dynamodbDeletionProtection,
  dynamodbPointInTimeRecovery,
  efsAutomaticBackups,
  s3VersioningEnabled,
  s3MfaDelete,
  s3ObjectLock,
  s3CrossRegionReplication,
  s3LifecycleConfigured,
  backupPlanExists,
  backupPlanRetention,
  backupRecoveryPointRetention,
  backupVaultDeletionProtected,
  backupProtectsDataStores,
  lambdaDeadLetterQueue,
  lambdaReservedConcurrency,
] as Rule[];
