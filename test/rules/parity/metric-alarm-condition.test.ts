/**
 * An alarm's condition and its filter's MetricValue read the same from a template and from the loopback
 * AWS: an alarm that one event cannot fire FAILs on both sides, a value read from the event is UNKNOWN.
 * Each trail has its own log group, filter and alarm; the FAILs share an account (none covers another),
 * the PASS and the UNKNOWN each have their own (either would decide the others' verdict).
 */
import { PARITY_ACCOUNT, PARITY_REGION, parityCases, type ParityCase } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';
import { addSubscribedTopic, subscribedTopicTemplate } from '../../support/alert-topic.js';
import type { ComparisonOperator } from '@aws-sdk/client-cloudwatch';
import type { Status } from '../../../src/engine/finding.js';

const TRAIL_CHANGES =
  '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ' +
  '($.eventName = StartLogging) || ($.eventName = StopLogging) }';
const TOPIC = `arn:aws:sns:${PARITY_REGION}:${PARITY_ACCOUNT}:security-alerts`;

interface Shape {
  name: string;
  status: Status;
  /** What the filter adds per matching event. */
  metricValue: string;
  threshold: number;
  comparison: ComparisonOperator;
}

function liveTrail(shape: Shape, trail: string) {
  return (account: FakeAccount): void => {
    const here = (account.regions[PARITY_REGION] ??= {});
    const group = `cloudtrail/${trail}`;
    const groupArn = `arn:aws:logs:${PARITY_REGION}:${PARITY_ACCOUNT}:log-group:${group}:*`;
    (here.cloudtrail ??= { trails: [] }).trails.push({
      trail: {
        Name: trail,
        TrailARN: `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/${trail}`,
        HomeRegion: PARITY_REGION,
        S3BucketName: 'audit-bucket',
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
        LogFileValidationEnabled: true,
        CloudWatchLogsLogGroupArn: groupArn,
        CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
      },
      status: { IsLogging: true },
    });
    const logs = (here.logs ??= { logGroups: [] });
    logs.logGroups.push({ logGroupName: group, arn: groupArn, retentionInDays: 365 });
    (logs.metricFilters ??= []).push({
      filterName: `${trail}-changes`,
      logGroupName: group,
      filterPattern: TRAIL_CHANGES,
      metricTransformations: [
        { metricName: trail, metricNamespace: 'CISBenchmark', metricValue: shape.metricValue },
      ],
    });
    addSubscribedTopic(account, PARITY_REGION, TOPIC);
    (here.cloudwatch ??= { alarms: [] }).alarms.push({
      AlarmName: `${trail}-changes`,
      AlarmArn: `arn:aws:cloudwatch:${PARITY_REGION}:${PARITY_ACCOUNT}:alarm:${trail}-changes`,
      MetricName: trail,
      Namespace: 'CISBenchmark',
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: shape.threshold,
      ComparisonOperator: shape.comparison,
      ActionsEnabled: true,
      AlarmActions: [TOPIC],
      OKActions: [],
      InsufficientDataActions: [],
      StateValue: 'OK',
    });
  };
}

function templateTrail(shape: Shape, trail: string) {
  return {
    Trail: {
      Type: 'AWS::CloudTrail::Trail',
      Properties: {
        TrailName: trail,
        IsLogging: true,
        IsMultiRegionTrail: true,
        S3BucketName: 'audit-bucket',
        CloudWatchLogsLogGroupArn: { 'Fn::GetAtt': ['TrailLogs', 'Arn'] },
        CloudWatchLogsRoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/trail-to-logs`,
      },
    },
    TrailLogs: {
      Type: 'AWS::Logs::LogGroup',
      Properties: { LogGroupName: `cloudtrail/${trail}`, RetentionInDays: 365 },
    },
    Filter: {
      Type: 'AWS::Logs::MetricFilter',
      Properties: {
        LogGroupName: { Ref: 'TrailLogs' },
        FilterPattern: TRAIL_CHANGES,
        MetricTransformations: [
          { MetricName: trail, MetricNamespace: 'CISBenchmark', MetricValue: shape.metricValue },
        ],
      },
    },
    Alerts: subscribedTopicTemplate(TOPIC),
    Alarm: {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        MetricName: trail,
        Namespace: 'CISBenchmark',
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: shape.threshold,
        ComparisonOperator: shape.comparison,
        AlarmActions: [TOPIC],
      },
    },
  };
}

const caseOf = (shape: Shape, trail: string): ParityCase => ({
  name: shape.name,
  status: shape.status,
  template: { logicalId: 'Trail', resources: templateTrail(shape, trail) },
  live: {
    id: `arn:aws:cloudtrail:${PARITY_REGION}:${PARITY_ACCOUNT}:trail/${trail}`,
    add: liveTrail(shape, trail),
  },
});

parityCases('metric-alarm-cloudtrail-changes', [
  caseOf(
    {
      name: 'the alarm waits for 100 changes in a period',
      status: 'FAIL',
      metricValue: '1',
      threshold: 100,
      comparison: 'GreaterThanOrEqualToThreshold',
    },
    'hundred',
  ),
  caseOf(
    {
      name: 'the alarm fires below 1, when nothing happened',
      status: 'FAIL',
      metricValue: '1',
      threshold: 1,
      comparison: 'LessThanThreshold',
    },
    'quiet',
  ),
  caseOf(
    {
      name: 'the filter adds 0 per event',
      status: 'FAIL',
      metricValue: '0',
      threshold: 1,
      comparison: 'GreaterThanOrEqualToThreshold',
    },
    'zero',
  ),
]);

parityCases('metric-alarm-cloudtrail-changes', [
  caseOf(
    {
      name: 'control: the CIS condition (GreaterThanOrEqualToThreshold 1, the filter adding 1) PASSes',
      status: 'PASS',
      metricValue: '1',
      threshold: 1,
      comparison: 'GreaterThanOrEqualToThreshold',
    },
    'watched',
  ),
]);

// Alone: an undecided trail leaves every other trail of the account undecided too (it might cover them).
parityCases('metric-alarm-cloudtrail-changes', [
  caseOf(
    {
      name: 'the filter adds a field of the event ($.count)',
      status: 'UNKNOWN',
      metricValue: '$.count',
      threshold: 1,
      comparison: 'GreaterThanOrEqualToThreshold',
    },
    'counted',
  ),
]);
