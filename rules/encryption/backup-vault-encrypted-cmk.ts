import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'backup-vault-encrypted-cmk',
  title: 'AWS Backup vaults encrypt recovery points with a customer-managed KMS key',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['backup-vault'],
  reads: ['kms-key'],
  rationale:
    "Every vault is encrypted; the question is by whose key. With AWS Backup's AWS-managed key (aws/backup), or an " +
    'AWS-owned key, anyone with backup permissions in the account can restore the copies; a customer-managed key ' +
    'adds a key policy that decides who may decrypt them, and CloudTrail records each use.',
  remediation: {
    summary:
      "Create vaults with a customer-managed KMS key (a vault's key cannot be changed: copy into a new vault).",
    cloudformation: 'AWS::Backup::BackupVault: `EncryptionKeyArn: !GetAtt BackupKey.Arn`',
    cdk: 'new backup.BackupVault(this, "Vault", { encryptionKey: key })',
    cli: 'aws backup create-backup-vault --backup-vault-name <vault> --encryption-key-arn <key-arn>',
  },
  equivalents: { prowler: ['backup_vaults_encrypted'], checkov: ['CKV_AWS_166'] },
  evaluate(vault, inventory) {
    if (isUnknown(vault.encryption)) return undetermined(vault.encryption);
    const encryption = vault.encryption;
    if (encryption.state !== 'kms') {
      const whose =
        encryption.state === 'aws-owned' ? 'an AWS-owned key' : "AWS Backup's AWS-managed key (aws/backup)";
      return fail(`the vault is encrypted with ${whose}`, { keyClass: encryption.state });
    }
    const keyClass = inventory.classifyKey(encryption.keyId);
    if (isUnknown(keyClass)) return undetermined(keyClass, { keyId: encryption.keyId });
    const evidence = { keyId: encryption.keyId, keyClass };
    if (keyClass === 'aws-managed') return fail('the vault is encrypted with an AWS-managed key', evidence);
    return pass('the vault is encrypted with a customer-managed KMS key', evidence);
  },
});
