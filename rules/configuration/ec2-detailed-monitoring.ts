import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ec2-detailed-monitoring',
  title: 'EC2 instances have detailed monitoring',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'configuration',
  appliesTo: ['ec2-instance'],
  rationale:
    'Basic monitoring reports every five minutes; detailed monitoring every minute, so alarms on CPU, network or ' +
    'status checks fire on short anomalies and scaling reacts in time.',
  remediation: {
    summary: 'Enable detailed monitoring on the instance (or in its launch template).',
    cloudformation: 'AWS::EC2::Instance: `Monitoring: true`',
    cdk: 'new ec2.Instance(this, "App", { detailedMonitoring: true, ... })',
    cli: 'aws ec2 monitor-instances --instance-ids <i>',
  },
  equivalents: {
    prowler: ['ec2_instance_detailed_monitoring_enabled'],
    steampipe: ['ec2_instance_detailed_monitoring_enabled'],
  },
  evaluate(instance) {
    if (isUnknown(instance.detailedMonitoring)) return undetermined(instance.detailedMonitoring);
    return instance.detailedMonitoring
      ? pass('detailed monitoring is enabled')
      : fail('only basic (5-minute) monitoring is enabled');
  },
});
