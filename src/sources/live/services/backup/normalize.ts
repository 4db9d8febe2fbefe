import { policyStatements } from '../../../../inventory/facts/policy-statements.js';
import { describePlace, required } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { PolicyStatement, VaultEncryption } from '../../../../inventory/model.js';
import type { Json, Output } from '../../normalize/raw.js';
import type { ListBackupVaultsCommandOutput } from '@aws-sdk/client-backup';
import {
  GET_BACKUP_PLAN,
  GET_BACKUP_VAULT_ACCESS_POLICY,
  LIST_BACKUP_PLANS,
  LIST_BACKUP_VAULTS,
  LIST_PROTECTED_RESOURCES,
  LIST_RECOVERY_POINTS,
} from './calls.js';

type Vault = NonNullable<Json<ListBackupVaultsCommandOutput>['BackupVaultList']>[number];

function planRetention(out: Output, planId: string): Maybe<(number | undefined)[]> {
  const plan = out.one(GET_BACKUP_PLAN, planId);
  if (plan.unknown) return plan.unknown;
  if (plan.notFound) return unknown(`backup plan ${planId}: GetBackupPlan found no plan`);
  const rules = plan.value.BackupPlan?.Rules;
  if (!rules) return unknown(`backup plan ${planId}: GetBackupPlan returned no rules`);
  // A rule without Lifecycle.DeleteAfterDays keeps its recovery points until deleted by hand.
  return rules.map((rule) => rule.Lifecycle?.DeleteAfterDays);
}

function vaultEncryption(vault: Vault, name: string): Maybe<VaultEncryption> {
  if (vault.EncryptionKeyType === 'AWS_OWNED_KMS_KEY') return { state: 'aws-owned' };
  const key = required(vault.EncryptionKeyArn, describePlace(`backup vault ${name}`), 'EncryptionKeyArn');
  return typeof key === 'string' ? { state: 'kms', keyId: key } : key;
}

/** A vault without an access policy answers ResourceNotFoundException: that is "no policy", not a failure. */
function accessPolicy(out: Output, name: string): Maybe<PolicyStatement[]> {
  const record = out.raw.get(
    GET_BACKUP_VAULT_ACCESS_POLICY.service,
    GET_BACKUP_VAULT_ACCESS_POLICY.action,
    out.region,
    GET_BACKUP_VAULT_ACCESS_POLICY.params(name),
  );
  if (record?.error?.code === 'ResourceNotFoundException') return [];
  const answer = out.one(GET_BACKUP_VAULT_ACCESS_POLICY, name);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return [];
  // GetBackupVaultAccessPolicy always carries the document: an answer without it was not read.
  if (answer.value.Policy === undefined)
    return unknown(`backup vault ${name}: GetBackupVaultAccessPolicy returned no Policy`);
  return policyStatements(answer.value.Policy, `backup vault ${name}: access policy`);
}

function normalizeVault(out: Output, vault: Vault): void {
  const name = vault.BackupVaultName;
  if (!name) return;
  const place = describePlace(`backup vault ${name}`);
  out.add({
    type: 'backup-vault',
    id:
      vault.BackupVaultArn ?? `arn:${out.partition}:backup:${out.region}:${out.account}:backup-vault:${name}`,
    arn: vault.BackupVaultArn,
    name,
    region: out.region,
    origin: out.origin,
    encryption: vaultEncryption(vault, name),
    locked: required(vault.Locked, place, 'Locked'),
    accessPolicy: accessPolicy(out, name),
  });
  for (const point of out
    .list(LIST_RECOVERY_POINTS, ['backup-recovery-point'], name)
    .flatMap((page) => page.RecoveryPoints ?? [])) {
    if (!point.RecoveryPointArn) continue;
    const pointPlace = describePlace(`recovery point ${point.RecoveryPointArn}`);
    out.add({
      type: 'backup-recovery-point',
      id: point.RecoveryPointArn,
      arn: point.RecoveryPointArn,
      region: out.region,
      origin: out.origin,
      vaultName: name,
      resourceArn: point.ResourceArn,
      encrypted: required(point.IsEncrypted, pointPlace, 'IsEncrypted'),
      // No Lifecycle (or none with DeleteAfterDays): kept until deleted by hand.
      retentionDays: setting(point.Lifecycle?.DeleteAfterDays, pointPlace, 'Lifecycle.DeleteAfterDays', {
        describeOmitted: undefined,
      }),
    });
  }
}

export function normalizeBackup(out: Output): void {
  for (const plan of out
    .list(LIST_BACKUP_PLANS, ['backup-plan'])
    .flatMap((page) => page.BackupPlansList ?? [])) {
    if (!plan.BackupPlanId) continue;
    out.add({
      type: 'backup-plan',
      id: plan.BackupPlanArn ?? plan.BackupPlanId,
      arn: plan.BackupPlanArn,
      name: plan.BackupPlanName ?? plan.BackupPlanId,
      region: out.region,
      origin: out.origin,
      ruleRetentionDays: planRetention(out, plan.BackupPlanId),
    });
  }
  for (const vault of out
    .list(LIST_BACKUP_VAULTS, ['backup-vault', 'backup-recovery-point'])
    .flatMap((page) => page.BackupVaultList ?? [])) {
    normalizeVault(out, vault);
  }
  for (const resource of out
    .list(LIST_PROTECTED_RESOURCES, ['backup-protected-resource'])
    .flatMap((page) => page.Results ?? [])) {
    if (!resource.ResourceArn) continue;
    out.add({
      type: 'backup-protected-resource',
      id: `backup-protected:${resource.ResourceArn}`,
      name: resource.ResourceName ?? resource.ResourceArn,
      region: out.region,
      origin: out.origin,
      resourceArn: resource.ResourceArn,
      resourceType: resource.ResourceType,
      lastBackupTime: resource.LastBackupTime,
    });
  }
}
