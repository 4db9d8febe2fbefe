import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ebs-snapshot-encrypted',
  title: 'EBS snapshots are encrypted',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['ebs-snapshot'],
  sources: ['live'],
  rationale:
    'A snapshot is a full copy of a disk. Unencrypted, it can be shared, copied to another account or made public ' +
    'with its data readable, and KMS key policies give no second line of control over who restores it.',
  remediation: {
    summary:
      'Copy the snapshot with encryption on (then delete the plain one); turn on EBS encryption by default so new snapshots are encrypted.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap> --encrypted --kms-key-id <key>',
  },
  equivalents: { prowler: ['ec2_ebs_snapshots_encrypted'], steampipe: ['ebs_snapshot_encryption_enabled'] },
  evaluate(snapshot) {
    if (isUnknown(snapshot.encrypted)) return undetermined(snapshot.encrypted);
    return snapshot.encrypted ? pass('the snapshot is encrypted') : fail('the snapshot is not encrypted');
  },
});
