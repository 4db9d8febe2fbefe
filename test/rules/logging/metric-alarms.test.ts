/**
 * The CIS metric-filter-and-alarm rules (checklist rows 92-104) and alarm actions (row 105),
 * on templates: a trail delivering to a log group, a metric filter on it, an alarm on its metric.
 */
import { ruleCases } from '../../support/rule-cases.js';

const SG_PATTERN =
  '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ' +
  '($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ' +
  '($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }';

interface Shape {
  trail?: string;
  pattern?: string;
  metricName?: string;
  alarm?: string;
  extra?: string;
  /** Whether an AWS::SNS::Subscription names the Alerts topic. */
  subscribed?: boolean;
}

/** A multi-region logging trail to TrailLogs, a security-group filter on it, an alarm to a topic. */
function account({
  trail = `
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-to-logs`,
  pattern = SG_PATTERN,
  metricName = 'SecurityGroupChanges',
  alarm = `
      AlarmActions: [!Ref Alerts]`,
  extra = '',
  subscribed = true,
}: Shape = {}): string {
  const subscription = subscribed
    ? `
  OnCall:
    Type: AWS::SNS::Subscription
    Properties: { TopicArn: !Ref Alerts, Protocol: sqs, Endpoint: arn:aws:sqs:us-east-1:111122223333:pager }`
    : '';
  return `
Parameters:
  Pattern: { Type: String }
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: audit-bucket${trail}
  TrailLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: cloudtrail/audit, RetentionInDays: 365 }
  Alerts:
    Type: AWS::SNS::Topic${subscription}
  SgFilter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref TrailLogs
      FilterPattern: ${JSON.stringify(pattern)}
      MetricTransformations: [{ MetricName: ${metricName}, MetricNamespace: CISBenchmark, MetricValue: "1" }]
  SgAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: SecurityGroupChanges
      Namespace: CISBenchmark
      Statistic: Sum
      Period: 300
      Threshold: 1
      EvaluationPeriods: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold${alarm}${extra}`;
}

ruleCases('metric-alarm-security-group-changes', {
  pass: [
    { name: 'the CIS filter on the trail log group, alarm to an SNS topic', template: account() },
    {
      name: 'the trail names its log group by a literal ARN, the filter by its name',
      template: account({
        trail: `
      CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail/audit:*`,
      }).replace('LogGroupName: !Ref TrailLogs', 'LogGroupName: cloudtrail/audit'),
    },
    {
      name: 'an alarm over a metric math expression that reads the metric',
      template: account({
        alarm: `
      AlarmActions: [!Ref Alerts]`,
      })
        .replace(
          '      MetricName: SecurityGroupChanges\n      Namespace: CISBenchmark\n      Statistic: Sum\n      Period: 300\n',
          '',
        )
        .replace(
          '      Threshold: 1',
          `      Metrics:
        - Id: m1
          MetricStat: { Metric: { MetricName: SecurityGroupChanges, Namespace: CISBenchmark }, Period: 300, Stat: Sum }
      Threshold: 1`,
        ),
    },
  ],
  fail: [
    {
      name: 'the trail does not deliver to CloudWatch Logs',
      message: 'delivers to no CloudWatch Logs group',
      resource: 'Trail',
      template: account({ trail: '' }),
    },
    {
      name: 'the trail records read-only management events: no security-group change reaches the filter',
      message: 'does not record an AuthorizeSecurityGroupIngress call (a write event from ec2.amazonaws.com)',
      resource: 'Trail',
      template: account({
        trail: `
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-to-logs
      EventSelectors: [{ ReadWriteType: ReadOnly }]`,
      }),
    },
    {
      name: 'the trail records management events of IAM only',
      message: 'it records management events (read and write) only from iam.amazonaws.com',
      resource: 'Trail',
      template: account({
        trail: `
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-to-logs
      AdvancedEventSelectors:
        - FieldSelectors:
            - { Field: eventCategory, Equals: [Management] }
            - { Field: eventSource, Equals: [iam.amazonaws.com] }`,
      }),
    },
    {
      name: 'the filter misses one of the events',
      message: 'does not match a DeleteSecurityGroup call',
      resource: 'Trail',
      template: account({ pattern: SG_PATTERN.replace(' || ($.eventName = DeleteSecurityGroup)', '') }),
    },
    {
      name: 'the alarm has no action',
      message: 'no enabled action',
      resource: 'Trail',
      template: account({ alarm: '' }),
    },
    {
      name: 'the alarm only stops an instance (an EC2 action tells no one)',
      message: 'notifies no one',
      resource: 'Trail',
      template: account({
        alarm: `
      AlarmActions: ['arn:aws:automate:us-east-1:ec2:stop']`,
      }),
    },
    {
      name: 'the alarm watches another metric',
      message: 'no alarm with an action watches its metric',
      resource: 'Trail',
      template: account({ metricName: 'SgChanges' }),
    },
    {
      name: 'a single-region trail',
      message: 'records only its home region',
      resource: 'Trail',
      template: account().replace('IsMultiRegionTrail: true', 'IsMultiRegionTrail: false'),
    },
  ],
  unknown: [
    {
      name: 'the filter pattern is a parameter without a value',
      resource: 'Trail',
      message: 'SgFilter',
      template: account().replace(
        `FilterPattern: ${JSON.stringify(SG_PATTERN)}`,
        'FilterPattern: !Ref Pattern',
      ),
    },
    {
      name: 'the alarm topic has no subscription in the template (one may be made outside it)',
      resource: 'Trail',
      message: 'no subscription in the template',
      template: account({ subscribed: false }),
    },
    {
      name: 'the alarm notifies a topic outside the template',
      resource: 'Trail',
      message: 'outside the template',
      template: account({
        alarm: `
      AlarmActions: ['arn:aws:sns:us-east-1:111122223333:org-security-alerts']`,
      }),
    },
    {
      name: 'the alarm opens an Incident Manager incident (who it pages cannot be seen)',
      resource: 'Trail',
      message: 'not an SNS topic',
      template: account({
        alarm: `
      AlarmActions: ['arn:aws:ssm-incidents::111122223333:response-plan/security']`,
      }),
    },
    {
      name: 'a text pattern the scanner cannot evaluate',
      resource: 'Trail',
      message: 'could not be evaluated',
      template: account({ pattern: '?AuthorizeSecurityGroupIngress ?CreateSecurityGroup' }),
    },
  ],
  notApplicable: [
    {
      name: 'a data-events trail beside a watched trail',
      resource: 'DataTrail',
      message: 'through trail',
      template: account({
        extra: `
  DataTrail:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: true, IsMultiRegionTrail: false, S3BucketName: data-bucket }`,
      }),
    },
  ],
});

ruleCases('metric-alarm-root-usage', {
  fail: [
    {
      name: 'the trail log group has only a security-group filter',
      message: 'does not match a root console sign-in',
      template: account(),
    },
  ],
});

/** An alarm whose ALARM actions are these (YAML list items). */
const actions = (...items: string[]) => `
      AlarmActions: [${items.join(', ')}]`;

ruleCases('cloudwatch-alarm-actions', {
  pass: [
    {
      name: 'an alarm notifying an SNS topic with a subscription',
      resource: 'SgAlarm',
      message: 'Alerts, which has a confirmed subscriber',
      template: account(),
    },
    {
      name: 'an Auto Scaling policy (it acts, even if it tells no one)',
      resource: 'SgAlarm',
      message: 'runs arn:aws:autoscaling',
      template: account({
        alarm: actions(
          "'arn:aws:autoscaling:us-east-1:111122223333:scalingPolicy:1a2b3c4d-0000-1111-2222-333344445555:autoScalingGroupName/web:policyName/scale-out'",
        ),
      }),
    },
    {
      name: 'an EC2 recover action',
      resource: 'SgAlarm',
      message: 'runs arn:aws:automate:us-east-1:ec2:recover',
      template: account({ alarm: actions("'arn:aws:automate:us-east-1:ec2:recover'") }),
    },
    {
      name: 'a Lambda function',
      resource: 'SgAlarm',
      message: 'runs arn:aws:lambda',
      template: account({ alarm: actions("'arn:aws:lambda:us-east-1:111122223333:function:pager'") }),
    },
    {
      name: 'a Systems Manager OpsItem',
      resource: 'SgAlarm',
      message: 'runs arn:aws:ssm',
      template: account({
        alarm: actions("'arn:aws:ssm:us-east-1:111122223333:opsitem:3#CATEGORY=Security'"),
      }),
    },
    {
      name: 'a topic without a subscription in the template, beside an Auto Scaling action',
      resource: 'SgAlarm',
      message: 'runs arn:aws:autoscaling',
      template: account({
        subscribed: false,
        alarm: actions(
          '!Ref Alerts',
          "'arn:aws:autoscaling:us-east-1:111122223333:scalingPolicy:1a2b:autoScalingGroupName/web:policyName/out'",
        ),
      }),
    },
  ],
  fail: [
    { name: 'no AlarmActions', resource: 'SgAlarm', message: 'no action', template: account({ alarm: '' }) },
    {
      name: 'actions disabled',
      resource: 'SgAlarm',
      message: 'disabled',
      template: account({
        alarm: `
      AlarmActions: [!Ref Alerts]
      ActionsEnabled: false`,
      }),
    },
  ],
  unknown: [
    {
      name: 'ActionsEnabled from a parameter without a value',
      resource: 'SgAlarm',
      template: account({
        alarm: `
      AlarmActions: [!Ref Alerts]
      ActionsEnabled: !Ref Pattern`,
      }),
    },
    {
      name: 'the only topic has no subscription in the template (one may be made outside it)',
      resource: 'SgAlarm',
      message:
        "whether the alarm's actions reach anyone is unknown: topic Alerts has no subscription in the template",
      template: account({ subscribed: false }),
    },
    {
      name: 'a topic outside the template',
      resource: 'SgAlarm',
      message: 'outside the template, so its subscribers cannot be seen',
      template: account({ alarm: actions("'arn:aws:sns:us-east-1:111122223333:org-security-alerts'") }),
    },
  ],
});
