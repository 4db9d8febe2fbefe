import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { PolicyStatement } from '../../src/inventory/model.js';

function deniesDeletion(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Deny' &&
    statement.principals.includes('*') &&
    statement.conditionKeys.length === 0 &&
    statement.actions.some((action) =>
      ['backup:deleterecoverypoint', 'backup:*', '*'].includes(action.toLowerCase()),
    )
  );
}

export default defineRule({
  id: 'backup-vault-deletion-protected',
  title: 'Recovery points in an AWS Backup vault cannot be deleted by hand',
  severity: 'medium',
  criteria: ['A1.2', 'CC6.1'],
  family: 'availability',
  appliesTo: ['backup-vault'],
  rationale:
    'Whoever takes over an account with backup permissions can delete the recovery points before doing damage. ' +
    'Vault Lock, or an access policy denying backup:DeleteRecoveryPoint to everyone, keeps them until they expire.',
  remediation: {
    summary:
      'Lock the vault (Vault Lock) or give it an access policy that denies backup:DeleteRecoveryPoint to "*".',
    cloudformation:
      'AWS::Backup::BackupVault: `LockConfiguration: { MinRetentionDays: 35 }` or `AccessPolicy` with ' +
      '`{ Effect: Deny, Principal: "*", Action: "backup:DeleteRecoveryPoint", Resource: "*" }`',
    cdk: 'new backup.BackupVault(this, "Vault", { lockConfiguration: { minRetention: cdk.Duration.days(35) } })',
    cli: 'aws backup put-backup-vault-lock-configuration --backup-vault-name <vault> --min-retention-days 35',
  },
  equivalents: { steampipe: ['backup_recovery_point_manual_deletion_disabled'] },
  evaluate(vault) {
    if (vault.locked === true) return pass('the vault is locked (Vault Lock)', { locked: true });
    if (isUnknown(vault.accessPolicy)) return undetermined(vault.accessPolicy);
    if (vault.accessPolicy.some(deniesDeletion)) {
      return pass('the vault access policy denies backup:DeleteRecoveryPoint to everyone', {
        accessPolicyDeniesDeletion: true,
      });
    }
    if (isUnknown(vault.locked)) return undetermined(vault.locked);
    return fail('the vault is not locked and its access policy does not deny backup:DeleteRecoveryPoint', {
      locked: false,
      accessPolicyDeniesDeletion: false,
    });
  },
});
