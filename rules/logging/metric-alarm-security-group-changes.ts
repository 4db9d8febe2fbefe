import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-security-group-changes',
  title: 'An alarm fires on security group changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to security groups',
  rationale:
    'Security groups are the instance-level firewall; an opened port is the shortest way from the internet to a workload.',
  cisPattern:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  events: calls('ec2.amazonaws.com', [
    'AuthorizeSecurityGroupIngress',
    'AuthorizeSecurityGroupEgress',
    'RevokeSecurityGroupIngress',
    'RevokeSecurityGroupEgress',
    'CreateSecurityGroup',
    'DeleteSecurityGroup',
  ]),
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_security_group_changes'],
    steampipe: ['log_metric_filter_security_group'],
    fsbp: ['CloudWatch.10'],
  },
});
