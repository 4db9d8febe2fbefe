import type { Rule } from '../../src/engine/rule.js';
import ec2EbsOptimized from './ec2-ebs-optimized.js';
import dbBackupsEnabled from './db-backups-enabled.js';
import dbDeletionProtection from './db-deletion-protection.js';
import dbCopyTagsToSnapshots from './db-copy-tags-to-snapshots.js';
import dbMultiAz from './db-multi-az.js';
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
  ec2EbsOptimized,
  backupPlanExists,
  backupPlanRetention,
  backupRecoveryPointRetention,
  backupVaultDeletionProtected,
  backupProtectsDataStores,
  lambdaDeadLetterQueue,
  lambdaReservedConcurrency,
] as Rule[];
