import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ec2-managed-by-ssm',
  title: 'Running EC2 instances are managed by Systems Manager',
  severity: 'medium',
  criteria: ['CC7.1', 'CC3.2'],
  family: 'configuration',
  appliesTo: ['ec2-instance'],
  reads: ['ssm-managed-instance'],
  sources: ['live'],
  rationale:
    'Instances Systems Manager manages can be inventoried, patched and reached (Session Manager) without open ' +
    'SSH or RDP; an unmanaged instance falls out of patching and configuration compliance unnoticed.',
  remediation: {
    summary:
      'Run the SSM Agent with an instance profile allowing AmazonSSMManagedInstanceCore (or Default Host Management Configuration) and network access to the SSM endpoints.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <i> --iam-instance-profile Name=<profile with AmazonSSMManagedInstanceCore>',
  },
  equivalents: {
    prowler: ['ec2_instance_managed_by_ssm'],
    steampipe: ['ec2_instance_ssm_managed'],
    fsbp: ['SSM.1'],
  },
  evaluate(instance, inventory) {
    if (isUnknown(instance.state)) return undetermined(instance.state);
    if (instance.state !== 'running') return notApplicable(`the instance is ${instance.state}`);
    const managed = inventory.find('ssm-managed-instance', `ssm/${instance.id}`, instance.region);
    if (isUnknown(managed)) return undetermined(managed);
    if (managed === undefined) return fail('Systems Manager does not manage the instance');
    if (isUnknown(managed.pingStatus)) return undetermined(managed.pingStatus);
    if (managed.pingStatus === undefined) {
      return undetermined(
        'Systems Manager lists the instance without a ping status: whether its agent is connected is unknown',
      );
    }
    // Registered is not managed: an agent that stopped checking in is neither patched nor reachable.
    if (managed.pingStatus !== 'Online') {
      return fail(
        `registered with Systems Manager, but its agent is not connected (ping status ${managed.pingStatus})`,
      );
    }
    return pass('managed by Systems Manager (ping status Online)');
  },
});
