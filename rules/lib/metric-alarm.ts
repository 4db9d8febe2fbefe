/**
 * The CIS "metric filter and alarm" controls: some multi-region, logging trail
 * delivers to a CloudWatch Logs group that has a metric filter matching the
 * control's events, and an alarm with an action watches that filter's metric
 * and fires when one such event happens (alarm-fires.ts).
 * The control is the account's: a trail that is not watched is NOT_APPLICABLE
 * when another trail of the account is.
 */
import {
  defineRule,
  fail,
  notApplicable,
  pass,
  undetermined,
  type Equivalents,
  type Outcome,
  type Rule,
  type Severity,
  type Soc2Criterion,
} from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import {
  recordsManagementEvent,
  summarizeManagementEvents,
} from '../../src/inventory/facts/management-events.js';
import type {
  CloudTrailTrail,
  CloudWatchAlarm,
  LogMetricFilter,
  MetricId,
  PublishedMetric,
  Resource,
} from '../../src/inventory/model.js';
import { firesOnOneEvent } from './alarm-fires.js';
import { alarmReaches } from './alarm-notifies.js';
import { patternCovers, type CloudTrailRecord } from './filter-pattern.js';

export interface SampleEvent {
  /** How a finding names it: `a CreateTrail call`. */
  label: string;
  record: CloudTrailRecord;
}

/** A CloudTrail record with the fields every CIS pattern reads, overridden per event. */
export function cloudTrailEvent(fields: Record<string, CloudTrailRecord[string]>): CloudTrailRecord {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'IAMUser', userName: 'alice', accountId: '111122223333' },
    eventSource: 'ec2.amazonaws.com',
    eventName: 'DescribeInstances',
    eventType: 'AwsApiCall',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    readOnly: true,
    managementEvent: true,
    recipientAccountId: '111122223333',
    ...fields,
  };
}

/** `eventName` calls of one service, each a sample event. */
export function calls(eventSource: string, names: readonly string[]): SampleEvent[] {
  return names.map((eventName) => ({
    label: `${/^[AEIOU]/.test(eventName) ? 'an' : 'a'} ${eventName} call`,
    record: cloudTrailEvent({ eventSource, eventName, readOnly: false }),
  }));
}

/** Everyday activity no control's filter may match: its alarm would fire all day and mean nothing. */
const ORDINARY_EVENTS: readonly SampleEvent[] = [
  { label: 'an ordinary DescribeInstances call', record: cloudTrailEvent({}) },
  {
    label: 'an ordinary PutObject call',
    record: cloudTrailEvent({ eventSource: 's3.amazonaws.com', eventName: 'PutObject', readOnly: false }),
  },
];

export interface MetricAlarmControl {
  id: string;
  title: string;
  severity: Severity;
  criteria: Soc2Criterion[];
  /** What the alarm is about, for messages: `changes to security groups`. */
  activity: string;
  rationale: string;
  /** The CIS benchmark's filter pattern, for the remediation. */
  cisPattern: string;
  /** Every event the filter must match. */
  events: readonly SampleEvent[];
  /** Events it must not match besides the ordinary ones (a successful console sign-in, for failures). */
  notEvents?: readonly SampleEvent[];
  equivalents: Equivalents;
}

type Watch =
  | { state: 'watched'; message: string; evidence: Record<string, string> }
  | { state: 'not'; message: string }
  | { state: 'unknown'; message: string };

const accountOf = (resource: Resource): string | undefined =>
  resource.origin.kind === 'live' ? resource.origin.account : undefined;

/** What `resource` says may not exist (a template resource under an undecided condition). */
function conditionOf(resource: Resource): string | undefined {
  return 'condition' in resource.origin ? resource.origin.condition : undefined;
}

interface LogGroupRef {
  link: string;
  name: string | undefined;
  region: string | undefined;
  account: string | undefined;
}

const LOG_GROUP_ARN = /^arn:[^:]+:logs:([^:]*):([^:]*):log-group:(.+?)(?::\*)?$/;

/** A log group named by ARN, by name, or (templates) by the inventory id of a template log group. */
function logGroupRef(link: string, from: Resource, inventory: Inventory): LogGroupRef {
  const arn = LOG_GROUP_ARN.exec(link);
  if (arn) return { link, name: arn[3], region: arn[1] || from.region, account: arn[2] || accountOf(from) };
  // A template links by the log group's inventory id; a live link is an ARN or a name, never an inventory id.
  const group = inventory.ofType('log-group').find((candidate) => candidate.id === link);
  if (group) return { link, name: group.name, region: group.region, account: accountOf(group) };
  return { link, name: link, region: from.region, account: accountOf(from) };
}

function sameLogGroup(a: LogGroupRef, b: LogGroupRef): boolean {
  if (a.account !== undefined && b.account !== undefined && a.account !== b.account) return false;
  if (a.region !== undefined && b.region !== undefined && a.region !== b.region) return false;
  return a.link === b.link || (a.name !== undefined && a.name === b.name);
}

const sameMetric = (a: MetricId, b: MetricId): boolean => a.name === b.name && a.namespace === b.namespace;

function sameRegion(a: Resource, b: Resource): boolean {
  if (accountOf(a) !== accountOf(b)) return false;
  return a.region === undefined || b.region === undefined || a.region === b.region;
}

/** Whether an alarm notifies someone: actions enabled and at least one action on ALARM. */
function alarmActs(alarm: CloudWatchAlarm): boolean | string {
  if (!isUnknown(alarm.alarmActions) && alarm.alarmActions.length === 0) return false;
  if (alarm.actionsEnabled === false) return false;
  if (isUnknown(alarm.actionsEnabled)) return alarm.actionsEnabled.reason;
  if (isUnknown(alarm.alarmActions)) return alarm.alarmActions.reason;
  return true;
}

function alarmOn(filter: LogMetricFilter, metrics: PublishedMetric[], inventory: Inventory): Watch {
  let undecided: string | undefined;
  let silent: string | undefined;
  for (const alarm of inventory.ofType('cloudwatch-alarm')) {
    if (!sameRegion(alarm, filter)) continue;
    if (isUnknown(alarm.metrics)) {
      undecided ??= `alarm ${alarm.name ?? alarm.id}: ${alarm.metrics.reason}`;
      continue;
    }
    const watched = alarm.metrics.find((metric) => metrics.some((own) => sameMetric(own, metric)));
    const published = watched && metrics.find((own) => sameMetric(own, watched));
    if (!watched || !published) continue;
    const acts = alarmActs(alarm);
    const condition = conditionOf(alarm);
    const fires = firesOnOneEvent(published, alarm);
    const reach =
      acts === true && !isUnknown(alarm.alarmActions)
        ? alarmReaches(alarm, alarm.alarmActions, inventory)
        : undefined;
    if (reach?.state === 'reaches' && condition === undefined && fires.state === 'fires') {
      return {
        state: 'watched',
        message: `metric filter ${filter.name ?? filter.id} feeds ${watched.namespace}/${watched.name}, which alarm ${alarm.name ?? alarm.id} watches, notifying topic ${reach.topic}`,
        evidence: {
          metricFilter: filter.name ?? filter.id,
          metric: `${watched.namespace}/${watched.name}`,
          alarm: alarm.name ?? alarm.id,
          topic: reach.topic,
        },
      };
    }
    if (acts === false) silent ??= `alarm ${alarm.name ?? alarm.id} watches it but has no enabled action`;
    else if (fires.state === 'never') silent ??= fires.why;
    else if (reach?.state === 'nobody')
      silent ??= `alarm ${alarm.name ?? alarm.id} watches it but notifies nobody: ${reach.why}`;
    else if (fires.state === 'unknown') undecided ??= fires.why;
    else if (reach?.state === 'unknown')
      undecided ??= `alarm ${alarm.name ?? alarm.id}: whether it notifies anyone is unknown: ${reach.why}`;
    else
      undecided ??= `alarm ${alarm.name ?? alarm.id}: ${condition ? `exists only if condition ${condition} holds` : String(acts)}`;
  }
  if (undecided) return { state: 'unknown', message: undecided };
  return {
    state: 'not',
    message: `metric filter ${filter.name ?? filter.id} matches, but ${silent ?? 'no alarm with an action watches its metric'}`,
  };
}

/** Whether one trail's log group has a matching filter with an acting alarm. */
function watchOf(control: MetricAlarmControl, trail: CloudTrailTrail, inventory: Inventory): Watch {
  const name = trail.name ?? trail.id;
  if (isUnknown(trail.isMultiRegion)) return { state: 'unknown', message: trail.isMultiRegion.reason };
  if (!trail.isMultiRegion) return { state: 'not', message: `trail ${name} records only its home region` };
  if (isUnknown(trail.isLogging)) return { state: 'unknown', message: trail.isLogging.reason };
  if (!trail.isLogging) return { state: 'not', message: `trail ${name} is not logging` };
  const recorded = trail.managementEvents;
  if (isUnknown(recorded)) return { state: 'unknown', message: `trail ${name}: ${recorded.reason}` };
  const unrecorded = control.events.find(
    ({ record }) =>
      record.managementEvent !== false &&
      !recordsManagementEvent(recorded, String(record.eventSource), record.readOnly === true),
  );
  if (unrecorded) {
    const { eventSource, readOnly } = unrecorded.record;
    return {
      state: 'not',
      message:
        `trail ${name} does not record ${unrecorded.label} (a ${readOnly === true ? 'read' : 'write'} event ` +
        `from ${String(eventSource)}): it records ${summarizeManagementEvents(recorded).description}`,
    };
  }
  const target = trail.cloudWatchLogsLogGroupArn;
  if (target === undefined)
    return { state: 'unknown', message: `trail ${name}: its CloudWatch Logs delivery was not read` };
  if (isUnknown(target)) return { state: 'unknown', message: target.reason };
  if (target === null) return { state: 'not', message: `trail ${name} delivers to no CloudWatch Logs group` };
  const group = logGroupRef(target, trail, inventory);
  const where = group.name ?? target;
  const gap = ['log-metric-filter', 'cloudwatch-alarm'].flatMap((type) =>
    inventory
      .gapsFor(type as 'log-metric-filter', group.region)
      .filter((g) => g.account === undefined || group.account === undefined || g.account === group.account),
  )[0];

  let undecided: string | undefined;
  let best: Watch | undefined;
  let mismatch: string | undefined;
  for (const filter of inventory.ofType('log-metric-filter')) {
    if (isUnknown(filter.logGroup)) {
      undecided ??= `metric filter ${filter.name ?? filter.id}: ${filter.logGroup.reason}`;
      continue;
    }
    if (!sameLogGroup(group, logGroupRef(filter.logGroup, filter, inventory))) continue;
    if (isUnknown(filter.filterPattern)) {
      undecided ??= `metric filter ${filter.name ?? filter.id}: ${filter.filterPattern.reason}`;
      continue;
    }
    const covers = patternCovers(filter.filterPattern, control.events, [
      ...ORDINARY_EVENTS,
      ...(control.notEvents ?? []),
    ]);
    if (covers.matches === false) {
      mismatch ??= `metric filter ${filter.name ?? filter.id} does not count: ${covers.why}`;
      continue;
    }
    if (covers.matches === 'undecided') {
      undecided ??= `metric filter ${filter.name ?? filter.id}: ${covers.why}`;
      continue;
    }
    if (isUnknown(filter.metrics)) {
      undecided ??= `metric filter ${filter.name ?? filter.id}: ${filter.metrics.reason}`;
      continue;
    }
    const condition = conditionOf(filter);
    const watch = alarmOn(filter, filter.metrics, inventory);
    if (watch.state === 'watched' && condition === undefined) return watch;
    if (watch.state === 'watched')
      undecided ??= `metric filter ${filter.name ?? filter.id} exists only if condition ${condition} holds`;
    else if (watch.state === 'unknown') undecided ??= watch.message;
    else best ??= watch;
  }
  if (undecided)
    return { state: 'unknown', message: `trail ${name} delivers to log group ${where}; ${undecided}` };
  if (gap) {
    return {
      state: 'unknown',
      message: `trail ${name} delivers to log group ${where}, but ${gap.resourceType} could not be read${gap.region ? ` in ${gap.region}` : ''}: ${gap.reason}`,
    };
  }
  const why = best?.message ?? mismatch ?? `no metric filter on it matches ${control.activity}`;
  return { state: 'not', message: `trail ${name} delivers to log group ${where}, but ${why}` };
}

/**
 * Each trail's verdict looks at every other trail of its account: without a
 * cache, a cloud assembly with 50 trails works out 50 × 50 watches per control.
 * Cached per inventory object (immutable during a run). A recording view, as
 * the engine hands a rule in a scan with gaps, is a new object per evaluation,
 * so it still records every type the watch reads.
 */
const watchesByInventory = new WeakMap<Inventory, Map<string, Watch>>();

function cachedWatchOf(control: MetricAlarmControl, trail: CloudTrailTrail, inventory: Inventory): Watch {
  let watches = watchesByInventory.get(inventory);
  if (watches === undefined) {
    watches = new Map();
    watchesByInventory.set(inventory, watches);
  }
  const key = `${control.id}\u0000${trail.id}`;
  let watch = watches.get(key);
  if (watch === undefined) {
    watch = watchOf(control, trail, inventory);
    watches.set(key, watch);
  }
  return watch;
}

function evaluateControl(control: MetricAlarmControl, trail: CloudTrailTrail, inventory: Inventory): Outcome {
  const own = cachedWatchOf(control, trail, inventory);
  if (own.state === 'watched')
    return pass(`${control.activity} raise an alarm: ${own.message}`, own.evidence);
  let undecided: string | undefined = own.state === 'unknown' ? own.message : undefined;
  for (const other of inventory.ofType('cloudtrail-trail')) {
    if (other.id === trail.id || accountOf(other) !== accountOf(trail)) continue;
    const watch = cachedWatchOf(control, other, inventory);
    if (watch.state === 'watched' && conditionOf(other) === undefined) {
      return notApplicable(
        `${own.message}; ${control.activity} raise an alarm through trail ${other.name ?? other.id}: ${watch.message}`,
        {
          ...watch.evidence,
          coveredBy: other.id,
        },
      );
    }
    if (watch.state !== 'not')
      undecided ??=
        watch.state === 'unknown'
          ? watch.message
          : `trail ${other.name ?? other.id} exists only if condition ${conditionOf(other)} holds`;
  }
  if (undecided) return undetermined(`whether ${control.activity} raise an alarm is unknown: ${undecided}`);
  return fail(`nothing alarms on ${control.activity}: ${own.message}`);
}

/** A metric-filter-and-alarm rule, with the control it was made from (its pattern and events, for tests). */
export type MetricAlarmRule = Rule<'cloudtrail-trail'> & { readonly control: MetricAlarmControl };

/** One CIS metric-filter-and-alarm control as a rule over the account's trails. */
export function defineMetricAlarmRule(control: MetricAlarmControl): MetricAlarmRule {
  const rule = defineRule({
    id: control.id,
    title: control.title,
    severity: control.severity,
    criteria: control.criteria,
    family: 'logging',
    appliesTo: ['cloudtrail-trail'],
    reads: ['log-metric-filter', 'cloudwatch-alarm', 'log-group', 'sns-topic'],
    requiredInAccount: true,
    rationale:
      `${control.rationale} A trail only records; someone learns of ${control.activity} when a metric filter on the ` +
      'log group a multi-region trail delivers to counts them and an alarm fires on that count when one matching ' +
      'event happens, notifying an SNS topic with a confirmed subscriber (CIS: list-subscriptions-by-topic shows a ' +
      'SubscriptionArn, not PendingConfirmation). An alarm that waits for many events, fires when the count drops ' +
      '(LessThan...), watches a filter adding 0, or notifies a topic nobody (or only an unconfirmed endpoint) ' +
      'subscribes to never tells anyone; EC2 and Auto Scaling actions tell no one either. A template topic with no ' +
      'subscription in the template, or a Lambda, OpsItem or Incident Manager action, is UNKNOWN: who it reaches ' +
      'cannot be seen. The trail must record those events too: one whose event selectors leave out their half ' +
      '(read or write) or their event source (KMS events excluded, say) gives the filter nothing to count.',
    remediation: {
      summary:
        `Deliver a multi-region trail to CloudWatch Logs, add a metric filter matching ${control.activity} ` +
        '(the CIS AWS Foundations pattern below) adding 1 per event (MetricValue 1), and an alarm on its metric ' +
        '(Sum over 5 minutes, GreaterThanOrEqualToThreshold 1, 1 of 1 evaluation periods) ' +
        `notifying an SNS topic someone subscribes to. Pattern: ${control.cisPattern}`,
      cloudformation:
        'AWS::CloudTrail::Trail `CloudWatchLogsLogGroupArn`, `CloudWatchLogsRoleArn`; AWS::Logs::MetricFilter ' +
        '{ LogGroupName, FilterPattern, MetricTransformations: [{ MetricName, MetricNamespace, MetricValue: "1" }] }; ' +
        'AWS::CloudWatch::Alarm { MetricName, Namespace, Statistic: Sum, Period: 300, Threshold: 1, ' +
        'ComparisonOperator: GreaterThanOrEqualToThreshold, EvaluationPeriods: 1, AlarmActions: [<topic arn>] }',
      cdk:
        'new logs.MetricFilter(this, "Filter", { logGroup, filterPattern: logs.FilterPattern.literal(PATTERN), ' +
        'metricNamespace: "CISBenchmark", metricName: NAME }).metric().createAlarm(this, "Alarm", { threshold: 1, ' +
        'evaluationPeriods: 1 }).addAlarmAction(new cw_actions.SnsAction(topic))',
      cli:
        'aws logs put-metric-filter --log-group-name <trail log group> --filter-name <name> --filter-pattern ' +
        "'<pattern>' --metric-transformations metricName=<name>,metricNamespace=CISBenchmark,metricValue=1; " +
        'aws cloudwatch put-metric-alarm --alarm-name <name> --metric-name <name> --namespace CISBenchmark ' +
        '--statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold ' +
        '--evaluation-periods 1 --alarm-actions <topic arn>',
    },
    equivalents: control.equivalents,
    evaluate: (trail, inventory) => evaluateControl(control, trail, inventory),
  });
  return Object.assign(rule, { control });
}
