import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudwatch-alarm-actions',
  title: 'CloudWatch alarms notify someone: an action on ALARM, and actions enabled',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudwatch-alarm'],
  rationale:
    'An alarm without an action, or with its actions disabled, changes state on a dashboard nobody watches: ' +
    'the condition it was built to catch is detected and then ignored.',
  remediation: {
    summary:
      'Give the alarm at least one ALARM-state action (an SNS topic someone subscribes to) and enable its actions.',
    cloudformation:
      'AWS::CloudWatch::Alarm: `AlarmActions: [<topic arn>]`, `ActionsEnabled: true` (the default)',
    cdk: 'alarm.addAlarmAction(new cw_actions.SnsAction(topic)) (actionsEnabled defaults to true)',
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <alarm>; aws cloudwatch put-metric-alarm ... --alarm-actions <topic arn>',
  },
  equivalents: {
    prowler: ['cloudwatch_alarm_actions_enabled', 'cloudwatch_alarm_actions_alarm_state_configured'],
    steampipe: ['cloudwatch_alarm_action_enabled', 'cloudwatch_alarm_action_enabled_check'],
    fsbp: ['CloudWatch.15', 'CloudWatch.17'],
  },
  evaluate(alarm) {
    if (isUnknown(alarm.actionsEnabled)) return undetermined(alarm.actionsEnabled);
    if (isUnknown(alarm.alarmActions))
      return undetermined(alarm.alarmActions, { actionsEnabled: alarm.actionsEnabled });
    const evidence = { actionsEnabled: alarm.actionsEnabled, alarmActions: alarm.alarmActions };
    if (alarm.alarmActions.length === 0) return fail('the alarm has no action on entering ALARM', evidence);
    if (!alarm.actionsEnabled) return fail('the alarm has actions, but they are disabled', evidence);
    return pass(`on ALARM it notifies ${alarm.alarmActions.join(', ')}`, evidence);
  },
});
