import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-network-gateway-changes',
  title: 'An alarm fires on network gateway changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to internet and customer gateways',
  rationale:
    'Gateways are the doors between a VPC and the outside; a new or re-attached gateway opens a path around every other control.',
  cisPattern:
    '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  events: calls('ec2.amazonaws.com', [
    'CreateCustomerGateway',
    'DeleteCustomerGateway',
    'AttachInternetGateway',
    'CreateInternetGateway',
    'DeleteInternetGateway',
    'DetachInternetGateway',
  ]),
  equivalents: {
    prowler: ['cloudwatch_changes_to_network_gateways_alarm_configured'],
    steampipe: ['log_metric_filter_network_gateway'],
    fsbp: ['CloudWatch.12'],
  },
});
