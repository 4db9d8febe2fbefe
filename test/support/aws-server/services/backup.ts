import { AwsError, notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function page<T>(ctx: CallContext, items: readonly T[]) {
  return paginate(
    items,
    ctx.params.nextToken,
    ctx.pageSize(ctx.params.maxResults),
    ctx.action,
    'InvalidParameterValueException',
  );
}

function vaultOf(ctx: CallContext) {
  const name = decodeURIComponent(ctx.pathParams.vault ?? '');
  const vault = regionOf(ctx).backup?.vaults?.find((entry) => entry.vault.BackupVaultName === name);
  if (!vault) throw notFound('ResourceNotFoundException', `Backup vault ${name} does not exist`);
  return vault;
}

export const backup: ServiceDefinition = {
  signingName: 'backup',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-backup'),
  routes: [
    { method: 'GET', path: /^\/backup\/plans\/?$/, operation: 'ListBackupPlans' },
    { method: 'GET', path: /^\/backup\/plans\/(?<plan>[^/]+)\/?$/, operation: 'GetBackupPlan' },
    { method: 'GET', path: /^\/backup-vaults\/?$/, operation: 'ListBackupVaults' },
    {
      method: 'GET',
      path: /^\/backup-vaults\/(?<vault>[^/]+)\/access-policy\/?$/,
      operation: 'GetBackupVaultAccessPolicy',
    },
    {
      method: 'GET',
      path: /^\/backup-vaults\/(?<vault>[^/]+)\/recovery-points\/?$/,
      operation: 'ListRecoveryPointsByBackupVault',
    },
    { method: 'GET', path: /^\/resources\/?$/, operation: 'ListProtectedResources' },
  ],
  errorCodes: { Throttling: { code: 'ThrottlingException', status: 429 } },
  operations: {
    ListBackupPlans: (ctx) => {
      const { items, next } = page(
        ctx,
        (regionOf(ctx).backup?.plans ?? []).map((entry) => entry.summary),
      );
      return { BackupPlansList: items, NextToken: next };
    },
    GetBackupPlan: (ctx) => {
      const id = ctx.pathParams.plan ?? '';
      const entry = regionOf(ctx).backup?.plans?.find((candidate) => candidate.summary.BackupPlanId === id);
      if (!entry) throw notFound('ResourceNotFoundException', `Backup plan ${id} does not exist`);
      return {
        BackupPlan: entry.plan,
        BackupPlanId: id,
        BackupPlanArn: entry.summary.BackupPlanArn,
        VersionId: entry.summary.VersionId,
      };
    },
    ListBackupVaults: (ctx) => {
      const { items, next } = page(
        ctx,
        (regionOf(ctx).backup?.vaults ?? []).map((entry) => entry.vault),
      );
      return { BackupVaultList: items, NextToken: next };
    },
    GetBackupVaultAccessPolicy: (ctx) => {
      const vault = vaultOf(ctx);
      if (vault.accessPolicy === undefined) {
        throw new AwsError('ResourceNotFoundException', 'Backup vault has no access policy', 404);
      }
      return {
        BackupVaultName: vault.vault.BackupVaultName,
        BackupVaultArn: vault.vault.BackupVaultArn,
        Policy: vault.accessPolicy,
      };
    },
    ListRecoveryPointsByBackupVault: (ctx) => {
      const { items, next } = page(ctx, vaultOf(ctx).recoveryPoints ?? []);
      return { RecoveryPoints: items, NextToken: next };
    },
    ListProtectedResources: (ctx) => {
      const { items, next } = page(ctx, regionOf(ctx).backup?.protectedResources ?? []);
      return { Results: items, NextToken: next };
    },
  },
};
