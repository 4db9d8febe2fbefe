import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-route-table-changes',
  title: 'An alarm fires on route table changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to route tables',
  rationale:
    "A changed route can send a private subnet's traffic to the internet, or to an appliance that reads it.",
  cisPattern:
    '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  events: calls('ec2.amazonaws.com', [
    'CreateRoute',
    'CreateRouteTable',
    'ReplaceRoute',
    'ReplaceRouteTableAssociation',
    'DeleteRouteTable',
    'DeleteRoute',
    'DisassociateRouteTable',
  ]),
  equivalents: {
    prowler: ['cloudwatch_changes_to_network_route_tables_alarm_configured'],
    steampipe: ['log_metric_filter_route_table'],
    fsbp: ['CloudWatch.13'],
  },
});
