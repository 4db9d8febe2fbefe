import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { actionTarget, mayBeTopic } from '../lib/alarm-notifies.js';

export default defineRule({
  id: 'cloudwatch-alarm-actions',
  title:
    'CloudWatch alarms act on ALARM: actions enabled, and an SNS topic with a confirmed subscriber or another action',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudwatch-alarm'],
  reads: ['sns-topic'],
  rationale:
    'An alarm without an action, or with its actions disabled, changes state on a dashboard nobody watches: ' +
    'the condition it was built to catch is detected and then ignored. So is an alarm whose only actions notify ' +
    'SNS topics nobody is subscribed to, or whose one subscription still awaits confirmation (as the CIS ' +
    'metric-alarm controls ask: list-subscriptions-by-topic shows a SubscriptionArn, not PendingConfirmation). ' +
    'Any other action (EC2, Auto Scaling, Lambda, Systems Manager OpsItem, Incident Manager) counts: it does ' +
    'something when the alarm fires. A topic in another account or region, or one whose subscriptions could not ' +
    'be read, is UNKNOWN. Prowler and Steampipe ask only for an enabled action.',
  remediation: {
    summary:
      'Give the alarm at least one ALARM-state action (an SNS topic with a confirmed subscriber, or an action ' +
      'that does something) and enable its actions; confirm pending subscriptions.',
    cloudformation:
      'AWS::CloudWatch::Alarm: `AlarmActions: [<topic arn>]`, `ActionsEnabled: true` (the default); ' +
      'AWS::SNS::Subscription { TopicArn, Protocol, Endpoint } for the topic',
    cdk: 'alarm.addAlarmAction(new cw_actions.SnsAction(topic)); topic.addSubscription(new subs.EmailSubscription("oncall@example.com"))',
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <alarm>; aws cloudwatch put-metric-alarm ... --alarm-actions <topic arn>; aws sns subscribe --topic-arn <topic arn> --protocol email --notification-endpoint <address>',
  },
  equivalents: {
    prowler: ['cloudwatch_alarm_actions_enabled', 'cloudwatch_alarm_actions_alarm_state_configured'],
    steampipe: ['cloudwatch_alarm_action_enabled', 'cloudwatch_alarm_action_enabled_check'],
    fsbp: ['CloudWatch.15', 'CloudWatch.17'],
  },
  evaluate(alarm, inventory) {
    if (isUnknown(alarm.actionsEnabled)) return undetermined(alarm.actionsEnabled);
    if (isUnknown(alarm.alarmActions))
      return undetermined(alarm.alarmActions, { actionsEnabled: alarm.actionsEnabled });
    const actions = alarm.alarmActions;
    const evidence = { actionsEnabled: alarm.actionsEnabled, alarmActions: actions };
    if (actions.length === 0) return fail('the alarm has no action on entering ALARM', evidence);
    if (!alarm.actionsEnabled) return fail('the alarm has actions, but they are disabled', evidence);
    // Actions that are not topics first: one of them settles it without reading any topic's subscriptions.
    const ordered = [...actions.filter((action) => !mayBeTopic(action)), ...actions.filter(mayBeTopic)];
    let unknownWhy: string | undefined;
    let nobodyWhy: string | undefined;
    for (const action of ordered) {
      const target = actionTarget(action, alarm, inventory);
      if (target.kind === 'other') return pass(`on ALARM it runs ${action}`, evidence);
      const { reach } = target;
      if (reach.state === 'reaches') {
        return pass(`on ALARM it notifies topic ${reach.topic}, which has a confirmed subscriber`, {
          ...evidence,
          notifies: reach.topic,
        });
      }
      if (reach.state === 'unknown') unknownWhy ??= reach.why;
      else nobodyWhy ??= reach.why;
    }
    if (unknownWhy !== undefined)
      return undetermined(`whether the alarm's actions reach anyone is unknown: ${unknownWhy}`, evidence);
    return fail(
      `the alarm's actions notify nobody: ${nobodyWhy ?? 'no action reaches a subscriber'}`,
      evidence,
    );
  },
});
