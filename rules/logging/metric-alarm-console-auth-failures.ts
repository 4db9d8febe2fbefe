import { cloudTrailEvent, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-console-auth-failures',
  title: 'An alarm fires on failed console sign-ins',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  activity: 'failed console sign-ins',
  rationale:
    'Repeated failed console sign-ins are a password-guessing attempt against an IAM user or the root user.',
  cisPattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  events: [
    {
      label: 'a failed ConsoleLogin',
      record: cloudTrailEvent({
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        eventType: 'AwsConsoleSignIn',
        readOnly: false,
        errorMessage: 'Failed authentication',
        responseElements: { ConsoleLogin: 'Failure' },
      }),
    },
  ],
  notEvents: [
    {
      label: 'a successful ConsoleLogin',
      record: cloudTrailEvent({
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        eventType: 'AwsConsoleSignIn',
        readOnly: false,
        responseElements: { ConsoleLogin: 'Success' },
      }),
    },
  ],
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_authentication_failures'],
    steampipe: ['log_metric_filter_console_authentication_failure'],
    fsbp: ['CloudWatch.6'],
  },
});
