import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'eip-associated',
  title: 'Elastic IP addresses are associated with a resource',
  severity: 'low',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-elastic-ip'],
  sources: ['live'],
  rationale:
    'An unassociated Elastic IP is a public address the organization holds but does not track: it may be attached ' +
    'later to the wrong resource, and third parties may still allow-list it.',
  remediation: {
    summary: 'Release Elastic IP addresses that are not associated with an instance or network interface.',
    cli: 'aws ec2 release-address --allocation-id <eipalloc>',
  },
  equivalents: {
    prowler: ['ec2_elastic_ip_unassigned'],
    steampipe: ['vpc_eip_associated'],
    fsbp: ['EC2.12'],
  },
  evaluate(address) {
    if (isUnknown(address.associated)) return undetermined(address.associated);
    return address.associated
      ? pass('the address is associated')
      : fail('the address is not associated with any instance or network interface');
  },
});
