import { cloudTrailEvent, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-unauthorized-api-calls',
  title: 'An alarm fires on unauthorized API calls',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  activity: 'unauthorized API calls',
  rationale:
    'A burst of AccessDenied and UnauthorizedOperation errors is how a stolen credential probing for what it may do, or a misconfigured workload, first shows.',
  cisPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  events: [
    {
      label: 'an UnauthorizedOperation error',
      record: cloudTrailEvent({
        errorCode: 'Client.UnauthorizedOperation',
        errorMessage: 'You are not authorized to perform this operation.',
      }),
    },
    {
      label: 'an AccessDenied error',
      record: cloudTrailEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'ListUsers',
        errorCode: 'AccessDenied',
      }),
    },
    {
      label: 'an AccessDeniedException error',
      record: cloudTrailEvent({
        eventSource: 'kms.amazonaws.com',
        eventName: 'Decrypt',
        errorCode: 'AccessDeniedException',
      }),
    },
  ],
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_unauthorized_api_calls'],
    steampipe: ['log_metric_filter_unauthorized_api'],
    fsbp: ['CloudWatch.2'],
  },
});
