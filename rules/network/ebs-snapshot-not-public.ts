import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ebs-snapshot-not-public',
  title: 'EBS snapshots are not publicly restorable',
  severity: 'critical',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['ebs-snapshot'],
  sources: ['live'],
  rationale:
    'Any AWS account can create a volume from a public snapshot and read the whole disk: databases, keys, ' +
    'credentials in configuration files. Public snapshots are searched for systematically.',
  remediation: {
    summary:
      'Remove the "all" group from the snapshot\'s createVolumePermission; share with named accounts only.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snap> --attribute createVolumePermission --operation-type remove --group-names all',
  },
  equivalents: {
    prowler: ['ec2_ebs_public_snapshot'],
    steampipe: ['ebs_snapshot_not_publicly_restorable'],
    fsbp: ['EC2.1'],
  },
  evaluate(snapshot) {
    if (isUnknown(snapshot.public)) return undetermined(snapshot.public);
    return snapshot.public
      ? fail('the snapshot is restorable by every AWS account')
      : pass('the snapshot is not public');
  },
});
