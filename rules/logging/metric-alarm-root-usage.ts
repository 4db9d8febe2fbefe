import { cloudTrailEvent, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-root-usage',
  title: 'An alarm fires when the root user is used',
  severity: 'high',
  criteria: ['CC7.2', 'CC7.3'],
  activity: 'uses of the root user',
  rationale:
    'The root user is for the few tasks nothing else can do; any other use of it is either a break-glass event someone must know about or an intrusion.',
  cisPattern:
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  events: [
    {
      label: 'a root console sign-in',
      record: cloudTrailEvent({
        userIdentity: { type: 'Root', accountId: '111122223333' },
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        eventType: 'AwsConsoleSignIn',
        readOnly: false,
      }),
    },
    {
      label: 'a root API call',
      record: cloudTrailEvent({ userIdentity: { type: 'Root', accountId: '111122223333' } }),
    },
  ],
  notEvents: [
    {
      label: 'a call an AWS service makes for the root user',
      record: cloudTrailEvent({
        userIdentity: { type: 'Root', accountId: '111122223333', invokedBy: 'cloudformation.amazonaws.com' },
        eventType: 'AwsServiceEvent',
      }),
    },
  ],
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_root_usage'],
    steampipe: ['log_metric_filter_root_login'],
    fsbp: ['CloudWatch.1'],
  },
});
