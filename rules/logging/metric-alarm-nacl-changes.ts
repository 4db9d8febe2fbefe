import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-nacl-changes',
  title: 'An alarm fires on network ACL changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to network ACLs',
  rationale:
    'Network ACLs are the subnet-level firewall; a changed entry can expose or cut off whole subnets.',
  cisPattern:
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  events: calls('ec2.amazonaws.com', [
    'CreateNetworkAcl',
    'CreateNetworkAclEntry',
    'DeleteNetworkAcl',
    'DeleteNetworkAclEntry',
    'ReplaceNetworkAclEntry',
    'ReplaceNetworkAclAssociation',
  ]),
  equivalents: {
    prowler: ['cloudwatch_changes_to_network_acls_alarm_configured'],
    steampipe: ['log_metric_filter_network_acl'],
    fsbp: ['CloudWatch.11'],
  },
});
