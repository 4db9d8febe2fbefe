import {
  BackupClient,
  GetBackupPlanCommand,
  GetBackupVaultAccessPolicyCommand,
  paginateListBackupPlans,
  paginateListBackupVaults,
  paginateListProtectedResources,
  paginateListRecoveryPointsByBackupVault,
} from '@aws-sdk/client-backup';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  GET_BACKUP_PLAN,
  GET_BACKUP_VAULT_ACCESS_POLICY,
  LIST_BACKUP_PLANS,
  LIST_BACKUP_VAULTS,
  LIST_PROTECTED_RESOURCES,
  LIST_RECOVERY_POINTS,
} from './calls.js';

const MAX = 1000;

export async function fetchBackup({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(BackupClient, region);
  const [plans, vaults] = await Promise.all([
    sendPages(rec, LIST_BACKUP_PLANS, region, undefined, () =>
      paginateListBackupPlans({ client, pageSize: MAX }, {}),
    ),
    sendPages(rec, LIST_BACKUP_VAULTS, region, undefined, () =>
      paginateListBackupVaults({ client, pageSize: MAX }, {}),
    ),
    sendPages(rec, LIST_PROTECTED_RESOURCES, region, undefined, () =>
      paginateListProtectedResources({ client, pageSize: MAX }, {}),
    ),
  ]);
  const planIds = plans.pages.flatMap((page) => page.BackupPlansList ?? []).map((plan) => plan.BackupPlanId);
  const vaultNames = vaults.pages
    .flatMap((page) => page.BackupVaultList ?? [])
    .map((vault) => vault.BackupVaultName);
  await Promise.all([
    ...planIds
      .filter(present)
      .map((BackupPlanId) =>
        send(rec, GET_BACKUP_PLAN, region, BackupPlanId, () =>
          client.send(new GetBackupPlanCommand({ BackupPlanId })),
        ),
      ),
    ...vaultNames
      .filter(present)
      .flatMap((BackupVaultName) => [
        send(rec, GET_BACKUP_VAULT_ACCESS_POLICY, region, BackupVaultName, () =>
          client.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName })),
        ),
        sendPages(rec, LIST_RECOVERY_POINTS, region, BackupVaultName, () =>
          paginateListRecoveryPointsByBackupVault({ client, pageSize: MAX }, { BackupVaultName }),
        ),
      ]),
  ]);
}
