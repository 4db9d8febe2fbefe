import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'sg-attached-to-eni',
  title: 'Security groups are in use by a network interface',
  severity: 'low',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-security-group'],
  sources: ['live'],
  rationale:
    'Unused security groups pile up permissive rules that nobody reviews, and are attached again later by ' +
    'mistake. Keeping only groups in use keeps the firewall inventory reviewable.',
  remediation: {
    summary:
      'Delete security groups that no network interface uses (after checking launch templates and stacks do not name them).',
    cli: 'aws ec2 delete-security-group --group-id <sg>',
  },
  equivalents: {
    prowler: ['ec2_securitygroup_not_used'],
    steampipe: ['vpc_security_group_associated_to_eni'],
    fsbp: ['EC2.22'],
  },
  evaluate(group) {
    // A VPC's default group cannot be deleted: its use is default-sg-restricts-all's concern.
    if (group.name === 'default') return notApplicable('a VPC default security group cannot be deleted');
    const attached = group.attachedToNetworkInterface;
    if (attached === undefined) return undetermined('which network interfaces use the group was not read');
    if (isUnknown(attached)) return undetermined(attached);
    return attached
      ? pass('a network interface uses the security group')
      : fail('no network interface uses the security group');
  },
});
