/**
 * The 13 CIS metric-filter-and-alarm rules on a live account (over the loopback AWS): an alarm counts only
 * when it notifies an SNS topic with a confirmed subscription, read from one ListSubscriptions chain per
 * region. Each scenario is its own account: a logging multi-region trail to a log group carrying every
 * control's own CIS filter, each with an alarm to one topic; only the topic's subscriptions change.
 * cloudwatch-alarm-actions judges each of those alarms by the same subscriptions.
 */
import { describe, expect, it } from 'vitest';
import type { Subscription } from '@aws-sdk/client-sns';
import { allRules } from '../../../rules/index.js';
import type { MetricAlarmRule } from '../../../rules/lib/metric-alarm.js';
import type { Status } from '../../../src/engine/finding.js';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import type { FakeTrail, FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from '../../sources/live/helpers.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`;
const OTHER_TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:build-notices`;
const TRAIL = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/audit`;
const GROUP = 'cloudtrail/audit';
const GROUP_ARN = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${GROUP}:*`;

const METRIC_ALARM_RULES = allRules.filter((rule): rule is MetricAlarmRule => 'control' in rule);

const confirmed = (topic: string, n: number): Subscription => ({
  TopicArn: topic,
  SubscriptionArn: `${topic}:0000${String(n).padStart(4, '0')}-1111-2222-3333-444455556666`,
  Protocol: 'email',
  Endpoint: `person${n}@example.com`,
  Owner: ACCOUNT,
});
const pending = (topic: string): Subscription => ({
  TopicArn: topic,
  SubscriptionArn: 'PendingConfirmation',
  Protocol: 'email',
  Endpoint: 'new-hire@example.com',
  Owner: ACCOUNT,
});

type Selectors = Pick<FakeTrail, 'eventSelectors' | 'advancedEventSelectors'>;

function accountWith(subscriptions: Subscription[], selectors: Selectors = {}): FakeAccount {
  const account = emptyAccount({ accountId: ACCOUNT, enabledRegions: [REGION] });
  const here = (account.regions[REGION] ??= {});
  (here.cloudtrail ??= { trails: [] }).trails.push({
    trail: {
      Name: 'audit',
      TrailARN: TRAIL,
      HomeRegion: REGION,
      S3BucketName: 'audit-bucket',
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      LogFileValidationEnabled: true,
      CloudWatchLogsLogGroupArn: GROUP_ARN,
      CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/trail-to-logs`,
    },
    status: { IsLogging: true },
    ...selectors,
  });
  here.logs = {
    logGroups: [{ logGroupName: GROUP, arn: GROUP_ARN, retentionInDays: 365 }],
    metricFilters: METRIC_ALARM_RULES.map((rule) => ({
      filterName: rule.id,
      logGroupName: GROUP,
      filterPattern: rule.control.cisPattern,
      metricTransformations: [{ metricName: rule.id, metricNamespace: 'CISBenchmark', metricValue: '1' }],
    })),
  };
  here.cloudwatch = {
    alarms: METRIC_ALARM_RULES.map((rule) => ({
      AlarmName: rule.id,
      AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${rule.id}`,
      MetricName: rule.id,
      Namespace: 'CISBenchmark',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      ActionsEnabled: true,
      AlarmActions: [TOPIC],
      OKActions: [],
      InsufficientDataActions: [],
      StateValue: 'OK',
    })),
  };
  here.sns = {
    topics: [
      { arn: TOPIC, attributes: {} },
      { arn: OTHER_TOPIC, attributes: {} },
    ],
    subscriptions,
  };
  return account;
}

/** 230 confirmed subscriptions of another topic first: the security topic's only confirmed one is on page 3. */
const BEHIND_TWO_PAGES = [
  ...Array.from({ length: 230 }, (_, n) => confirmed(OTHER_TOPIC, n)),
  pending(TOPIC),
  confirmed(TOPIC, 999),
];

interface Scenario {
  name: string;
  subscriptions: Subscription[];
  faults?: FaultRule[];
  status: Status;
  message: string;
  /** What cloudwatch-alarm-actions says of each alarm (same status: every alarm notifies only the topic). */
  actionsMessage: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'a confirmed subscriber (listed on the third page of ListSubscriptions)',
    subscriptions: BEHIND_TWO_PAGES,
    status: 'PASS',
    message: 'notifying topic security-alerts',
    actionsMessage: 'on ALARM it notifies topic security-alerts, which has a confirmed subscriber',
  },
  {
    name: 'the topic has no subscriber (another topic has many)',
    subscriptions: [confirmed(OTHER_TOPIC, 1)],
    status: 'FAIL',
    message: 'topic security-alerts has no subscriber',
    actionsMessage: "the alarm's actions notify nobody: topic security-alerts has no subscriber",
  },
  {
    name: 'the topic has only a subscription pending confirmation',
    subscriptions: [pending(TOPIC)],
    status: 'FAIL',
    message: 'pending confirmation and none confirmed',
    actionsMessage:
      "the alarm's actions notify nobody: topic security-alerts has 1 subscription(s) pending confirmation",
  },
  {
    name: 'sns:ListSubscriptions is denied (a confirmed subscriber exists but cannot be seen)',
    subscriptions: [confirmed(TOPIC, 1)],
    faults: [{ action: 'sns:ListSubscriptions', region: REGION, kind: 'AccessDenied' }],
    status: 'UNKNOWN',
    message: 'ListSubscriptions',
    actionsMessage: 'ListSubscriptions',
  },
];

describe('CIS metric-filter-and-alarm rules: the alarm topic must have a confirmed subscriber (live)', () => {
  it('covers the 13 rules', () => {
    expect(METRIC_ALARM_RULES).toHaveLength(13);
  });

  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      const scan = await scanFake(accountWith(scenario.subscriptions), { faults: scenario.faults });
      const verdicts = METRIC_ALARM_RULES.map((rule) => {
        const finding = scan.findings.find((f) => f.ruleId === rule.id && f.resource.id === TRAIL);
        return { rule: rule.id, status: finding?.status, message: finding?.message ?? '' };
      });
      for (const verdict of verdicts) {
        expect(verdict.status, `${verdict.rule}: ${verdict.message}`).toBe(scenario.status);
        expect(verdict.message, verdict.rule).toContain(scenario.message);
      }
      // cloudwatch-alarm-actions asks the same of each alarm's SNS action: a confirmed subscriber.
      const alarms = scan.findings.filter((f) => f.ruleId === 'cloudwatch-alarm-actions');
      expect(alarms).toHaveLength(METRIC_ALARM_RULES.length);
      for (const finding of alarms) {
        expect(finding.status, `${finding.resource.id}: ${finding.message}`).toBe(scenario.status);
        expect(finding.message, finding.resource.id).toContain(scenario.actionsMessage);
      }
    },
    60_000,
  );
});

const management = (...fields: { Field: string; Equals?: string[]; NotEquals?: string[] }[]) => ({
  advancedEventSelectors: [
    {
      Name: 'Management events selector',
      FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, ...fields],
    },
  ],
});

/** Expected verdicts by rule; rules not named get `others`. */
interface SelectorScenario {
  name: string;
  selectors: Selectors;
  others: Status;
  except?: Record<string, Status>;
  message?: string;
}

const SELECTOR_SCENARIOS: SelectorScenario[] = [
  {
    name: 'read-only management events: no change is recorded; denied read calls still are',
    selectors: management({ Field: 'readOnly', Equals: ['true'] }),
    others: 'FAIL',
    except: { 'metric-alarm-unauthorized-api-calls': 'PASS' },
    message: 'it records read-only management events',
  },
  {
    name: 'write-only management events: root and unauthorized read calls go unrecorded',
    selectors: { eventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] },
    others: 'PASS',
    except: { 'metric-alarm-unauthorized-api-calls': 'FAIL', 'metric-alarm-root-usage': 'FAIL' },
  },
  {
    name: 'KMS events excluded: only KMS access denials go unrecorded',
    selectors: management({ Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] }),
    others: 'PASS',
    except: { 'metric-alarm-unauthorized-api-calls': 'FAIL' },
  },
  {
    name: 'IAM events only: only IAM policy changes can raise an alarm',
    selectors: management({ Field: 'eventSource', Equals: ['iam.amazonaws.com'] }),
    others: 'FAIL',
    except: { 'metric-alarm-iam-policy-changes': 'PASS' },
  },
];

describe('CIS metric-filter-and-alarm rules: the trail must record the events the filter counts (live)', () => {
  it.each(SELECTOR_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      const scan = await scanFake(accountWith([confirmed(TOPIC, 1)], scenario.selectors));
      for (const rule of METRIC_ALARM_RULES) {
        const finding = scan.findings.find((f) => f.ruleId === rule.id && f.resource.id === TRAIL);
        const expected = scenario.except?.[rule.id] ?? scenario.others;
        expect(finding?.status, `${rule.id}: ${finding?.message}`).toBe(expected);
        if (expected === 'FAIL') {
          expect(finding?.message, rule.id).toContain('trail audit does not record');
          if (scenario.message) expect(finding?.message, rule.id).toContain(scenario.message);
        }
      }
    },
    60_000,
  );

  it('names the unrecorded event, its half and its source', async () => {
    const scan = await scanFake(
      accountWith(
        [confirmed(TOPIC, 1)],
        management({ Field: 'eventSource', NotEquals: ['kms.amazonaws.com'] }),
      ),
    );
    const finding = scan.findings.find(
      (f) => f.ruleId === 'metric-alarm-unauthorized-api-calls' && f.resource.id === TRAIL,
    );
    expect(finding?.message).toContain(
      'trail audit does not record an AccessDeniedException error (a read event from kms.amazonaws.com): ' +
        'it records management events (read and write) except from kms.amazonaws.com',
    );
  }, 60_000);
});

describe('cloudwatch-alarm-actions: an action that is not a topic counts without reading any topic (live)', () => {
  it.each([['sns:ListTopics'], ['sns:ListSubscriptions']])(
    '%s denied: an alarm that also scales out still PASSes; one that only notifies is UNKNOWN',
    async (action) => {
      const account = accountWith([confirmed(TOPIC, 1)]);
      const scaleOut = `arn:aws:autoscaling:${REGION}:${ACCOUNT}:scalingPolicy:1a2b:autoScalingGroupName/web:policyName/out`;
      account.regions[REGION]!.cloudwatch!.alarms.push({
        AlarmName: 'cpu-high',
        AlarmArn: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cpu-high`,
        MetricName: 'CPUUtilization',
        Namespace: 'AWS/EC2',
        Statistic: 'Average',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 80,
        ComparisonOperator: 'GreaterThanThreshold',
        ActionsEnabled: true,
        AlarmActions: [TOPIC, scaleOut],
        OKActions: [],
        InsufficientDataActions: [],
        StateValue: 'OK',
      });
      const scan = await scanFake(account, { faults: [{ action, region: REGION, kind: 'AccessDenied' }] });
      const verdicts = scan.findings.filter((f) => f.ruleId === 'cloudwatch-alarm-actions');
      const scaling = verdicts.find((f) => f.resource.id.endsWith(':alarm:cpu-high'));
      expect(scaling?.status, scaling?.message).toBe('PASS');
      expect(scaling?.message).toBe(`on ALARM it runs ${scaleOut}`);
      const notifying = verdicts.filter((f) => f !== scaling);
      expect(notifying).toHaveLength(METRIC_ALARM_RULES.length);
      for (const finding of notifying) expect(finding.status, finding.message).toBe('UNKNOWN');
    },
    60_000,
  );
});
