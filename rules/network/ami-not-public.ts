import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ami-not-public',
  title: "The account's AMIs are not public",
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['ec2-image'],
  sources: ['live'],
  rationale:
    'A public AMI can be launched by anyone, who then reads everything baked into it: application code, ' +
    'configuration, keys and credentials left on the disk.',
  remediation: {
    summary: 'Make the image private; share it with named accounts or the organization only.',
    cli: 'aws ec2 modify-image-attribute --image-id <ami> --launch-permission "Remove=[{Group=all}]"',
  },
  equivalents: { prowler: ['ec2_ami_public'], steampipe: ['ec2_ami_restrict_public_access'] },
  evaluate(image) {
    if (isUnknown(image.public)) return undetermined(image.public);
    return image.public ? fail('the AMI is public') : pass('the AMI is private');
  },
});
