import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'backup-recovery-point-encrypted',
  title: 'AWS Backup recovery points are encrypted',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['backup-recovery-point'],
  sources: ['live'],
  rationale:
    'A recovery point is a full copy of the data it protects. Recovery points of some resource types take the ' +
    'encryption of their source, so an unencrypted volume or database yields unencrypted backups.',
  remediation: {
    summary:
      'Encrypt the source resource (or copy the recovery point into a vault with a KMS key), then delete the unencrypted recovery points.',
    cli: 'aws backup start-copy-job --recovery-point-arn <arn> --source-backup-vault-name <vault> --destination-backup-vault-arn <encrypted-vault> --iam-role-arn <role>',
  },
  equivalents: {
    prowler: ['backup_recovery_point_encrypted'],
    steampipe: ['backup_recovery_point_encryption_enabled'],
  },
  evaluate(point) {
    if (isUnknown(point.encrypted)) return undetermined(point.encrypted);
    return point.encrypted
      ? pass('the recovery point is encrypted', { encrypted: true })
      : fail(`the recovery point of ${point.resourceArn ?? 'its resource'} is not encrypted`, {
          encrypted: false,
        });
  },
});
