import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-cloudtrail-changes',
  title: 'An alarm fires on CloudTrail configuration changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to CloudTrail trails',
  rationale:
    'Stopping, deleting or redirecting a trail blinds the audit record; it is among the first things an intruder does.',
  cisPattern:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  events: calls('cloudtrail.amazonaws.com', [
    'CreateTrail',
    'UpdateTrail',
    'DeleteTrail',
    'StartLogging',
    'StopLogging',
  ]),
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled'],
    steampipe: ['log_metric_filter_cloudtrail_configuration'],
    fsbp: ['CloudWatch.5'],
  },
});
