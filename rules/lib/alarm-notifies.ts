/**
 * Whether an alarm's ALARM actions reach a person, as the CIS audit for the
 * metric-filter-and-alarm controls asks: an action is an SNS topic with at
 * least one confirmed subscription (`aws sns list-subscriptions-by-topic`, a
 * SubscriptionArn that is an ARN, not PendingConfirmation).
 *
 * Other actions, by what they do:
 * - EC2 (`arn:aws:automate:...`) and Auto Scaling actions stop, reboot or scale
 *   something and tell no one: they do not count;
 * - Lambda functions, Systems Manager OpsItems and Incident Manager response
 *   plans may page someone, but whom is not visible here: UNKNOWN, never PASS.
 *
 * cloudwatch-alarm-actions asks less of an alarm (that it acts at all), so it
 * reads each action with `actionTarget`: any non-SNS action counts there, and
 * an SNS topic counts only when it reaches a confirmed subscriber, as here.
 */
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { CloudWatchAlarm, SnsTopic } from '../../src/inventory/model.js';

export type Reach =
  { state: 'reaches'; topic: string } | { state: 'nobody'; why: string } | { state: 'unknown'; why: string };

const SNS_ARN = /^arn:[^:]+:sns:([^:]*):([^:]*):(.+)$/;
const SILENT_ACTION = /^arn:[^:]+:(automate|autoscaling):/;

const accountOf = (alarm: CloudWatchAlarm): string | undefined =>
  alarm.origin.kind === 'live' ? alarm.origin.account : undefined;

/** The topic an action names, `undefined` when the action is not an SNS topic, or why it cannot be found. */
function topicOf(action: string, alarm: CloudWatchAlarm, inventory: Inventory): SnsTopic | Reach | undefined {
  const arn = SNS_ARN.exec(action);
  const live = alarm.origin.kind === 'live';
  if (!arn && live) return undefined;
  const found = inventory.find('sns-topic', action, arn?.[1] || alarm.region);
  if (isUnknown(found)) return { state: 'unknown', why: found.reason };
  if (found) return found;
  if (!arn) {
    // A template action that names no template resource: a non-SNS ARN is judged below; anything else is unknown.
    if (action.startsWith('arn:')) return undefined;
    const named = inventory.ofType('lambda-function').some((fn) => fn.id === action);
    return named
      ? undefined
      : { state: 'unknown', why: `action ${action} is not a resource this tool reads` };
  }
  if (!live) {
    const byName = inventory.ofType('sns-topic').find((topic) => topic.name === arn[3]);
    if (byName) return byName;
    return {
      state: 'unknown',
      why: `topic ${action} is outside the template, so its subscribers cannot be seen`,
    };
  }
  if (arn[2] === accountOf(alarm) && (arn[1] === '' || arn[1] === alarm.region))
    return { state: 'nobody', why: `topic ${action} does not exist` };
  return {
    state: 'unknown',
    why: `topic ${action} is in another account or region, whose subscribers were not read`,
  };
}

function reachOfTopic(topic: SnsTopic): Reach {
  const name = topic.name ?? topic.id;
  const condition = 'condition' in topic.origin ? topic.origin.condition : undefined;
  if (condition !== undefined)
    return { state: 'unknown', why: `topic ${name} exists only if condition ${condition} holds` };
  const subscriptions = topic.subscriptions;
  if (subscriptions === undefined)
    return { state: 'unknown', why: `the subscriptions of topic ${name} were not read` };
  if (isUnknown(subscriptions)) return { state: 'unknown', why: subscriptions.reason };
  if (subscriptions.confirmed > 0) return { state: 'reaches', topic: name };
  if (subscriptions.pending > 0)
    return {
      state: 'nobody',
      why: `topic ${name} has ${subscriptions.pending} subscription(s) pending confirmation and none confirmed`,
    };
  return { state: 'nobody', why: `topic ${name} has no subscriber` };
}

/**
 * What one ALARM action is: an SNS topic (or what cannot be told apart from
 * one), with whether it reaches a confirmed subscriber, or another kind of
 * action (EC2, Auto Scaling, Lambda, Systems Manager, Incident Manager).
 */
export type ActionTarget = { kind: 'topic'; reach: Reach } | { kind: 'other' };

export function actionTarget(action: string, alarm: CloudWatchAlarm, inventory: Inventory): ActionTarget {
  const topic = topicOf(action, alarm, inventory);
  if (topic === undefined) return { kind: 'other' };
  return { kind: 'topic', reach: 'state' in topic ? topic : reachOfTopic(topic) };
}

/** Whether an action may name an SNS topic: an SNS ARN, or (templates) a reference that is not an ARN. */
export const mayBeTopic = (action: string): boolean => SNS_ARN.test(action) || !action.startsWith('arn:');

function reachOfAction(action: string, alarm: CloudWatchAlarm, inventory: Inventory): Reach {
  const target = actionTarget(action, alarm, inventory);
  if (target.kind === 'topic') return target.reach;
  if (SILENT_ACTION.test(action))
    return { state: 'nobody', why: `action ${action} acts on instances or capacity and notifies no one` };
  return {
    state: 'unknown',
    why: `action ${action} is not an SNS topic; whether it reaches someone cannot be seen`,
  };
}

/** Whether one of the alarm's (known, enabled) ALARM actions reaches a confirmed subscriber. */
export function alarmReaches(
  alarm: CloudWatchAlarm,
  actions: readonly string[],
  inventory: Inventory,
): Reach {
  let unknownWhy: string | undefined;
  let nobodyWhy: string | undefined;
  for (const action of actions) {
    const reach = reachOfAction(action, alarm, inventory);
    if (reach.state === 'reaches') return reach;
    if (reach.state === 'unknown') unknownWhy ??= reach.why;
    else nobodyWhy ??= reach.why;
  }
  if (unknownWhy !== undefined) return { state: 'unknown', why: unknownWhy };
  return { state: 'nobody', why: nobodyWhy ?? 'it has no action' };
}
