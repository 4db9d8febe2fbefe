import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ec2-ebs-optimized',
  title: 'EC2 instances are EBS-optimized',
  severity: 'low',
  criteria: ['A1.1'],
  family: 'availability',
  appliesTo: ['ec2-instance'],
  sources: ['live'],
  rationale:
    'Without EBS optimization, disk and network traffic share one link, so a traffic burst slows storage I/O ' +
    'and the service degrades under load. Current instance types are EBS-optimized by default.',
  remediation: {
    summary:
      'Enable EBS optimization (stop the instance first), or move to a current-generation instance type.',
    cloudformation: 'AWS::EC2::Instance: `EbsOptimized: true`',
    cli: 'aws ec2 modify-instance-attribute --instance-id <i> --ebs-optimized',
  },
  equivalents: { steampipe: ['ec2_instance_ebs_optimized'] },
  evaluate(instance) {
    if (isUnknown(instance.ebsOptimized)) return undetermined(instance.ebsOptimized);
    return instance.ebsOptimized
      ? pass('the instance is EBS-optimized')
      : fail('the instance is not EBS-optimized');
  },
});
