/**
 * The CIS metric-filter-and-alarm rules beyond the two in monitoring.test.ts: for each, a trail
 * delivering to a log group with the control's CIS filter and an alarm on its metric reads the
 * same from a template and from the loopback AWS, with an alarm that notifies (PASS) and with one
 * that has no action (FAIL). The two shapes go to separate accounts: a watched trail excuses every
 * other trail of its account.
 */
import type { MetricAlarmRule } from '../../../rules/lib/metric-alarm.js';
import type { FakeAccount } from '../../support/aws-server/index.js';
import { addSubscribedTopic, subscribedTopicTemplate } from '../../support/alert-topic.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';
import { ruleById } from '../../support/rule-cases.js';

const TOPIC = `arn:aws:sns:${PARITY_REGION}:${PARITY_ACCOUNT}:security-alerts`;
const TRAIL_ARN = (name: string) => `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/${name}`;
const GROUP_ARN = (name: string) => `arn:aws:logs:${PARITY_REGION}:${PARITY_ACCOUNT}:log-group:${name}:*`;
const NAMESPACE = 'CISBenchmark';

interface Watch {
  trail: string;
  pattern: string;
  metric: string;
  actions: string[];
}

function addWatchedTrail(account: FakeAccount, watch: Watch): void {
  const here = (account.regions[PARITY_REGION] ??= {});
  const group = `cloudtrail/${watch.trail}`;
  (here.cloudtrail ??= { trails: [] }).trails.push({
    trail: {
      Name: watch.trail,
      TrailARN: TRAIL_ARN(watch.trail),
      HomeRegion: PARITY_REGION,
      S3BucketName: 'audit-bucket',
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      LogFileValidationEnabled: true,
      CloudWatchLogsLogGroupArn: GROUP_ARN(group),
      CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
    },
    status: { IsLogging: true },
  });
  const logs = (here.logs ??= { logGroups: [] });
  logs.logGroups.push({ logGroupName: group, arn: GROUP_ARN(group), retentionInDays: 365 });
  (logs.metricFilters ??= []).push({
    filterName: watch.metric,
    logGroupName: group,
    filterPattern: watch.pattern,
    metricTransformations: [{ metricName: watch.metric, metricNamespace: NAMESPACE, metricValue: '1' }],
  });
  if (watch.actions.includes(TOPIC)) addSubscribedTopic(account, PARITY_REGION, TOPIC);
  (here.cloudwatch ??= { alarms: [] }).alarms.push({
    AlarmName: watch.metric,
    AlarmArn: `arn:aws:cloudwatch:${PARITY_REGION}:${PARITY_ACCOUNT}:alarm:${watch.metric}`,
    MetricName: watch.metric,
    Namespace: NAMESPACE,
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    ActionsEnabled: true,
    AlarmActions: watch.actions,
    OKActions: [],
    InsufficientDataActions: [],
    StateValue: 'OK',
  });
}

function watchedTrailTemplate(watch: Watch): Record<string, unknown> {
  return {
    Trail: {
      Type: 'AWS::CloudTrail::Trail',
      Properties: {
        TrailName: watch.trail,
        IsLogging: true,
        IsMultiRegionTrail: true,
        EnableLogFileValidation: true,
        S3BucketName: 'audit-bucket',
        CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['TrailLogs', 'Arn'] },
        CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
      },
    },
    TrailLogs: {
      Type: 'AWS::Logs::LogGroup',
      Properties: { LogGroupName: `cloudtrail/${watch.trail}`, RetentionInDays: 365 },
    },
    Alerts: subscribedTopicTemplate(TOPIC),
    Filter: {
      Type: 'AWS::Logs::MetricFilter',
      Properties: {
        LogGroupName: { Ref: 'TrailLogs' },
        FilterPattern: watch.pattern,
        MetricTransformations: [{ MetricName: watch.metric, MetricNamespace: NAMESPACE, MetricValue: '1' }],
      },
    },
    Alarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: watch.metric,
        MetricName: watch.metric,
        Namespace: NAMESPACE,
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        ...(watch.actions.length > 0 ? { AlarmActions: watch.actions } : {}),
      },
    },
  };
}

const RULE_IDS = [
  'metric-alarm-unauthorized-api-calls',
  'metric-alarm-console-auth-failures',
  'metric-alarm-root-usage',
  'metric-alarm-iam-policy-changes',
  'metric-alarm-config-changes',
  'metric-alarm-s3-bucket-policy-changes',
  'metric-alarm-nacl-changes',
  'metric-alarm-network-gateway-changes',
  'metric-alarm-route-table-changes',
  'metric-alarm-vpc-changes',
  'metric-alarm-organizations-changes',
];

for (const ruleId of RULE_IDS) {
  const { cisPattern } = (ruleById(ruleId) as MetricAlarmRule).control;
  const metric = ruleId.replace(/^metric-alarm-/, '');
  for (const [status, actions] of [
    ['PASS', [TOPIC]],
    ['FAIL', []],
  ] as const) {
    const watch: Watch = { trail: 'audit', pattern: cisPattern, metric, actions: [...actions] };
    parityCases(ruleId, [
      {
        name:
          status === 'PASS'
            ? "the trail's log group has the CIS filter and an alarm notifying a topic"
            : "the trail's log group has the CIS filter but its alarm has no action",
        status,
        template: { logicalId: 'Trail', resources: watchedTrailTemplate(watch) },
        live: { id: TRAIL_ARN('audit'), add: (account) => addWatchedTrail(account, watch) },
      },
    ]);
  }
}
