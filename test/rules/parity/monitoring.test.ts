/**
 * Metric filters, alarms and the trail's CloudWatch Logs delivery read the same from a template
 * and from the loopback AWS: the CIS metric-filter-and-alarm rules and alarm actions agree.
 */
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';
import { addSubscribedTopic, subscribedTopicTemplate } from '../../support/alert-topic.js';

const TRAIL_CHANGES =
  '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ' +
  '($.eventName = StartLogging) || ($.eventName = StopLogging) }';
const TOPIC = `arn:aws:sns:${PARITY_REGION}:${PARITY_ACCOUNT}:security-alerts`;
const TRAIL_ARN = `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/audit`;
const alarmArn = (name: string) => `arn:aws:cloudwatch:${PARITY_REGION}:${PARITY_ACCOUNT}:alarm:${name}`;

function region(account: FakeAccount) {
  return (account.regions[PARITY_REGION] ??= {});
}

function addAlarm(account: FakeAccount, name: string, actions: string[], enabled: boolean): void {
  const cloudwatch = (region(account).cloudwatch ??= { alarms: [] });
  cloudwatch.alarms.push({
    AlarmName: name,
    AlarmArn: alarmArn(name),
    MetricName: 'CloudTrailChanges',
    Namespace: 'CISBenchmark',
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    ActionsEnabled: enabled,
    AlarmActions: actions,
    OKActions: [],
    InsufficientDataActions: [],
    StateValue: 'OK',
  });
}

/** A multi-region logging trail to cloudtrail/audit with a CloudTrail-changes filter and an acting alarm. */
function addWatchedTrail(account: FakeAccount): void {
  const here = region(account);
  here.cloudtrail = {
    trails: [
      {
        trail: {
          Name: 'audit',
          TrailARN: TRAIL_ARN,
          HomeRegion: PARITY_REGION,
          S3BucketName: 'audit-bucket',
          IsMultiRegionTrail: true,
          IncludeGlobalServiceEvents: true,
          LogFileValidationEnabled: true,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:${PARITY_REGION}:${PARITY_ACCOUNT}:log-group:cloudtrail/audit:*`,
          CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
        },
        status: { IsLogging: true },
      },
    ],
  };
  const logs = (here.logs ??= { logGroups: [] });
  logs.logGroups.push({
    logGroupName: 'cloudtrail/audit',
    arn: `arn:aws:logs:${PARITY_REGION}:${PARITY_ACCOUNT}:log-group:cloudtrail/audit:*`,
    retentionInDays: 365,
  });
  (logs.metricFilters ??= []).push({
    filterName: 'cloudtrail-changes',
    logGroupName: 'cloudtrail/audit',
    filterPattern: TRAIL_CHANGES,
    metricTransformations: [
      { metricName: 'CloudTrailChanges', metricNamespace: 'CISBenchmark', metricValue: '1' },
    ],
  });
  addAlarm(account, 'cloudtrail-changes', [TOPIC], true);
  addSubscribedTopic(account, PARITY_REGION, TOPIC);
}

const WATCHED_TRAIL_TEMPLATE = {
  Trail: {
    Type: 'AWS::CloudTrail::Trail',
    Properties: {
      TrailName: 'audit',
      IsLogging: true,
      IsMultiRegionTrail: true,
      S3BucketName: 'audit-bucket',
      CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['TrailLogs', 'Arn'] },
      CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
    },
  },
  TrailLogs: {
    Type: 'AWS::Logs::LogGroup',
    Properties: { LogGroupName: 'cloudtrail/audit', RetentionInDays: 365 },
  },
  Alerts: subscribedTopicTemplate(TOPIC),
  Filter: {
    Type: 'AWS::Logs::MetricFilter',
    Properties: {
      LogGroupName: { Ref: 'TrailLogs' },
      FilterPattern: TRAIL_CHANGES,
      MetricTransformations: [
        { MetricName: 'CloudTrailChanges', MetricNamespace: 'CISBenchmark', MetricValue: '1' },
      ],
    },
  },
  Alarm: {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmName: 'cloudtrail-changes',
      MetricName: 'CloudTrailChanges',
      Namespace: 'CISBenchmark',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [TOPIC],
    },
  },
};

function alarmTemplate(properties: Record<string, unknown>) {
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      MetricName: 'CloudTrailChanges',
      Namespace: 'CISBenchmark',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      ...properties,
    },
  };
}

const SCALE_OUT =
  `arn:aws:autoscaling:${PARITY_REGION}:${PARITY_ACCOUNT}:scalingPolicy:1a2b3c4d-0000-1111-2222-333344445555:` +
  'autoScalingGroupName/web:policyName/scale-out';
const UNSUBSCRIBED = `arn:aws:sns:${PARITY_REGION}:${PARITY_ACCOUNT}:nobody-listens`;

/** An alarm whose only actions are `actions` (none an SNS topic), the same in a template and in the account. */
function actingAlarm(name: string, logicalId: string, actions: string[]) {
  return {
    name: `an alarm whose action is ${actions.join(' and ')}`,
    status: 'PASS',
    message: `on ALARM it runs ${actions.find((action) => !action.includes(':sns:'))}`,
    template: { logicalId, resources: { [logicalId]: alarmTemplate({ AlarmActions: actions }) } },
    live: { id: alarmArn(name), add: (account: FakeAccount) => addAlarm(account, name, actions, true) },
  } as const;
}

parityCases('cloudwatch-alarm-actions', [
  {
    name: 'an alarm notifying an SNS topic with a confirmed subscriber',
    status: 'PASS',
    message: 'notifies topic security-alerts, which has a confirmed subscriber',
    template: {
      logicalId: 'Notifying',
      resources: {
        Notifying: alarmTemplate({ AlarmActions: [TOPIC] }),
        Alerts: subscribedTopicTemplate(TOPIC),
      },
    },
    live: {
      id: alarmArn('notifying'),
      add: (account) => {
        addAlarm(account, 'notifying', [TOPIC], true);
        addSubscribedTopic(account, PARITY_REGION, TOPIC);
      },
    },
  },
  actingAlarm('scaling', 'Scaling', [SCALE_OUT]),
  actingAlarm('recovering', 'Recovering', [`arn:aws:automate:${PARITY_REGION}:ec2:recover`]),
  actingAlarm('invoking', 'Invoking', [`arn:aws:lambda:${PARITY_REGION}:${PARITY_ACCOUNT}:function:pager`]),
  actingAlarm('opsitem', 'OpsItem', [
    `arn:aws:ssm:${PARITY_REGION}:${PARITY_ACCOUNT}:opsitem:3#CATEGORY=Security`,
  ]),
  // The topic does not exist in the account (live) or has no subscription in the template; the scaling policy acts.
  actingAlarm('scaling-and-silent-topic', 'ScalingAndSilentTopic', [UNSUBSCRIBED, SCALE_OUT]),
  {
    name: 'an alarm without actions',
    status: 'FAIL',
    template: { logicalId: 'Silent', resources: { Silent: alarmTemplate({}) } },
    live: { id: alarmArn('silent'), add: (account) => addAlarm(account, 'silent', [], true) },
  },
  {
    name: 'an alarm whose actions are disabled',
    status: 'FAIL',
    template: {
      logicalId: 'Muted',
      resources: { Muted: alarmTemplate({ AlarmActions: [TOPIC], ActionsEnabled: false }) },
    },
    live: { id: alarmArn('muted'), add: (account) => addAlarm(account, 'muted', [TOPIC], false) },
  },
]);

parityCases('metric-alarm-cloudtrail-changes', [
  {
    name: 'the trail log group has a CloudTrail-changes filter and an alarm to a topic',
    status: 'PASS',
    template: { logicalId: 'Trail', resources: WATCHED_TRAIL_TEMPLATE },
    live: { id: TRAIL_ARN, add: addWatchedTrail },
  },
]);

parityCases('metric-alarm-security-group-changes', [
  {
    name: 'the same trail has no security-group filter',
    status: 'FAIL',
    template: { logicalId: 'Trail', resources: WATCHED_TRAIL_TEMPLATE },
    live: { id: TRAIL_ARN, add: addWatchedTrail },
  },
]);
