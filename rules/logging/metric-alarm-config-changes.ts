import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-config-changes',
  title: 'An alarm fires on AWS Config configuration changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to AWS Config recorders and delivery channels',
  rationale:
    'AWS Config keeps the configuration history auditors rely on; a stopped recorder or a removed delivery channel ends that history silently.',
  cisPattern:
    '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
  events: calls('config.amazonaws.com', [
    'StopConfigurationRecorder',
    'DeleteDeliveryChannel',
    'PutDeliveryChannel',
    'PutConfigurationRecorder',
  ]),
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled'],
    steampipe: ['log_metric_filter_config_configuration'],
    fsbp: ['CloudWatch.9'],
  },
});
