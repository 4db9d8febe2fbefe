import type {
  GetBackupPlanCommandOutput,
  GetBackupVaultAccessPolicyCommandOutput,
  ListBackupPlansCommandOutput,
  ListBackupVaultsCommandOutput,
  ListProtectedResourcesCommandOutput,
  ListRecoveryPointsByBackupVaultCommandOutput,
} from '@aws-sdk/client-backup';
import { serviceCalls } from '../../service.js';

const backup = serviceCalls('backup', '@aws-sdk/client-backup', 'backup');

export const LIST_BACKUP_PLANS = backup.call<ListBackupPlansCommandOutput>('ListBackupPlans');

/** ListBackupPlans omits the rules: their lifecycles come from each plan. */
export const GET_BACKUP_PLAN = backup.call<GetBackupPlanCommandOutput, string>('GetBackupPlan', {
  params: (BackupPlanId) => ({ BackupPlanId }),
  after: [LIST_BACKUP_PLANS],
});

export const LIST_BACKUP_VAULTS = backup.call<ListBackupVaultsCommandOutput>('ListBackupVaults');

export const GET_BACKUP_VAULT_ACCESS_POLICY = backup.call<GetBackupVaultAccessPolicyCommandOutput, string>(
  'GetBackupVaultAccessPolicy',
  { params: (BackupVaultName) => ({ BackupVaultName }), after: [LIST_BACKUP_VAULTS] },
);

/** No account-wide listing carries encryption and lifecycle: recovery points are listed vault by vault. */
export const LIST_RECOVERY_POINTS = backup.call<ListRecoveryPointsByBackupVaultCommandOutput, string>(
  'ListRecoveryPointsByBackupVault',
  { params: (BackupVaultName) => ({ BackupVaultName }), after: [LIST_BACKUP_VAULTS] },
);

/** Every resource with a recovery point, account-wide in the region: one call instead of one per selection. */
export const LIST_PROTECTED_RESOURCES =
  backup.call<ListProtectedResourcesCommandOutput>('ListProtectedResources');
