/**
 * Case tables for the CIS metric-filter-and-alarm rules (checklist rows 92-104) other than the two
 * metric-alarms.test.ts covers: each PASSes with its CIS filter and an alarm notifying a subscribed topic, FAILs
 * when the filter misses one of the events (or matches what it must not), and is UNKNOWN when the
 * filter pattern comes from a parameter without a value or the alarm's topic has no subscription in the template.
 * The patterns are written out here, not read from the rules, so a rule whose own pattern drifts fails.
 */
import { ruleCases, type CaseTable, type TemplateCase } from '../../support/rule-cases.js';

/** A logging multi-region trail to TrailLogs, one metric filter on it, an alarm on its metric to a topic. */
function account(pattern: string | { ref: string }, subscribed = true): string {
  const filterPattern = typeof pattern === 'string' ? JSON.stringify(pattern) : `!Ref ${pattern.ref}`;
  const subscription = subscribed
    ? '\n    Properties: { Subscription: [{ Protocol: email, Endpoint: security@example.com }] }'
    : '';
  return `
Parameters:
  Pattern: { Type: String }
  Limit: { Type: Number }
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: audit-bucket
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-to-logs
  TrailLogs:
    Type: AWS::Logs::LogGroup
    Properties: { LogGroupName: cloudtrail/audit, RetentionInDays: 365 }
  Alerts:
    Type: AWS::SNS::Topic${subscription}
  Filter:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref TrailLogs
      FilterPattern: ${filterPattern}
      MetricTransformations: [{ MetricName: Watched, MetricNamespace: CISBenchmark, MetricValue: "1" }]
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: Watched
      Namespace: CISBenchmark
      Statistic: Sum
      Period: 300
      Threshold: 1
      EvaluationPeriods: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      AlarmActions: [!Ref Alerts]`;
}

interface Table {
  /** The CIS filter pattern. */
  cis: string;
  /** Filters that must not count, with the reason the rule must give. */
  failing: { name: string; pattern: string; message: string }[];
}

function table({ cis, failing }: Table): CaseTable<TemplateCase> {
  return {
    pass: [{ name: 'the CIS filter, an alarm with an action', resource: 'Trail', template: account(cis) }],
    fail: failing.map(({ name, pattern, message }) => ({
      name,
      message,
      resource: 'Trail',
      template: account(pattern),
    })),
    unknown: [
      {
        name: 'the filter pattern is a parameter without a value',
        resource: 'Trail',
        template: account({ ref: 'Pattern' }),
      },
      {
        name: 'the alarm topic has no subscription in the template (one may be made outside it)',
        resource: 'Trail',
        message: 'no subscription in the template',
        template: account(cis, false),
      },
    ],
  };
}

/** `{ (… ) || (… ) }` over eventName, the shape of most CIS filters. */
const anyOf = (names: string[]) => `{ ${names.map((name) => `($.eventName = ${name})`).join(' || ')} }`;
/** The same, restricted to one event source. */
const anyOfFrom = (source: string, names: string[]) =>
  `{ ($.eventSource = ${source}) && (${names.map((name) => `($.eventName = ${name})`).join(' || ')}) }`;
const dropping = (names: string[], dropped: string) => names.filter((name) => name !== dropped);
const missing = (name: string) => ({
  name: `the filter misses ${name}`,
  message: `does not match a${/^[AEIOU]/.test(name) ? 'n' : ''} ${name} call`,
});

ruleCases(
  'metric-alarm-unauthorized-api-calls',
  table({
    cis: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    failing: [
      {
        name: 'the filter misses AccessDenied errors',
        pattern: '{ $.errorCode = "*UnauthorizedOperation" }',
        message: 'does not match an AccessDenied error',
      },
    ],
  }),
);

ruleCases(
  'metric-alarm-console-auth-failures',
  table({
    cis: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
    failing: [
      {
        name: 'the filter counts every console sign-in, successful ones too',
        pattern: '{ $.eventName = ConsoleLogin }',
        message: 'successful ConsoleLogin',
      },
      {
        name: 'the filter watches another error message',
        pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Access denied") }',
        message: 'does not match a failed ConsoleLogin',
      },
    ],
  }),
);

const IAM_POLICY_CALLS = [
  'DeleteGroupPolicy',
  'DeleteRolePolicy',
  'DeleteUserPolicy',
  'PutGroupPolicy',
  'PutRolePolicy',
  'PutUserPolicy',
  'CreatePolicy',
  'DeletePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
];
ruleCases(
  'metric-alarm-iam-policy-changes',
  table({
    cis: anyOf(IAM_POLICY_CALLS),
    failing: [
      { ...missing('DetachGroupPolicy'), pattern: anyOf(dropping(IAM_POLICY_CALLS, 'DetachGroupPolicy')) },
    ],
  }),
);

const TRAIL_CALLS = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const trailTable = table({
  cis: anyOf(TRAIL_CALLS),
  failing: [{ ...missing('StopLogging'), pattern: anyOf(dropping(TRAIL_CALLS, 'StopLogging')) }],
});
/** The CIS filter and alarm with `edits` applied to the alarm's condition or the filter's MetricTransformations. */
function trailAccount(...edits: [string, string][]): string {
  let template = account(anyOf(TRAIL_CALLS));
  for (const [from, to] of edits) {
    if (!template.includes(from)) throw new Error(`the test account has no ${from}`);
    template = template.replace(from, to);
  }
  return template;
}
const ANOMALY_BAND = `Metrics:
        - { Id: m1, ReturnData: true, MetricStat: { Metric: { MetricName: Watched, Namespace: CISBenchmark }, Period: 300, Stat: Sum } }
        - { Id: band, Expression: "ANOMALY_DETECTION_BAND(m1, 2)" }
      ThresholdMetricId: band
      EvaluationPeriods`;
/** The alarm condition: the alarm must fire when one matching event happens in a period. */
ruleCases('metric-alarm-cloudtrail-changes', {
  pass: [
    ...(trailTable.pass ?? []),
    {
      name: 'GreaterThanThreshold 0: one event (1 > 0) fires it',
      resource: 'Trail',
      template: trailAccount(
        ['Threshold: 1', 'Threshold: 0'],
        ['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold'],
      ),
    },
    {
      name: 'Average without DefaultValue: only matching events publish, so the Average is 1',
      resource: 'Trail',
      template: trailAccount(['Statistic: Sum', 'Statistic: Average']),
    },
    {
      name: 'Maximum with DefaultValue 0: the event still publishes 1',
      resource: 'Trail',
      template: trailAccount(
        ['Statistic: Sum', 'Statistic: Maximum'],
        ['MetricValue: "1"', 'MetricValue: "1", DefaultValue: 0'],
      ),
    },
    {
      name: 'two evaluation periods, one breaching datapoint needed',
      resource: 'Trail',
      template: trailAccount(['EvaluationPeriods: 1', 'EvaluationPeriods: 2\n      DatapointsToAlarm: 1']),
    },
  ],
  fail: [
    ...(trailTable.fail ?? []),
    {
      name: 'the alarm fires when the count is below 1, i.e. when nothing happened',
      message: 'when the metric is LessThanThreshold, i.e. when the activity does not happen',
      resource: 'Trail',
      template: trailAccount(['GreaterThanOrEqualToThreshold', 'LessThanThreshold']),
    },
    {
      name: 'LessThanOrEqualToThreshold fires on quiet, not on the activity',
      message: 'LessThanOrEqualToThreshold',
      resource: 'Trail',
      template: trailAccount(['GreaterThanOrEqualToThreshold', 'LessThanOrEqualToThreshold']),
    },
    {
      name: 'the filter adds 0 per matching event, so the sum never reaches 1',
      message: 'needs the Sum >= 1, and one event makes it 0',
      resource: 'Trail',
      template: trailAccount(['MetricValue: "1"', 'MetricValue: "0"']),
    },
    {
      name: 'the alarm waits for 100 changes in 5 minutes (CIS: threshold 1)',
      message: 'needs the Sum >= 100, and one event makes it 1',
      resource: 'Trail',
      template: trailAccount(['Threshold: 1', 'Threshold: 100']),
    },
    {
      name: 'GreaterThanThreshold 1: one event (1) is not above 1',
      message: 'needs the Sum > 1',
      resource: 'Trail',
      template: trailAccount(['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold']),
    },
    {
      name: 'three breaching periods out of three (DatapointsToAlarm defaults to EvaluationPeriods)',
      message: 'needs 3 breaching periods',
      resource: 'Trail',
      template: trailAccount(['EvaluationPeriods: 1', 'EvaluationPeriods: 3']),
    },
    {
      name: 'Average with DefaultValue 0: the other log events pull it below 1',
      message: 'pull it toward 0',
      resource: 'Trail',
      template: trailAccount(
        ['Statistic: Sum', 'Statistic: Average'],
        ['MetricValue: "1"', 'MetricValue: "1", DefaultValue: 0'],
      ),
    },
  ],
  unknown: [
    ...(trailTable.unknown ?? []),
    {
      name: 'the threshold is a parameter without a value',
      message: 'Threshold',
      resource: 'Trail',
      template: trailAccount(['Threshold: 1', 'Threshold: !Ref Limit']),
    },
    {
      name: 'the filter adds a field of the event ($.count), not a known number',
      message: '$.count',
      resource: 'Trail',
      template: trailAccount(['MetricValue: "1"', 'MetricValue: "$.count"']),
    },
    {
      name: 'an anomaly-detection alarm: the band is learned',
      message: 'anomaly-detection band',
      resource: 'Trail',
      template: trailAccount(
        [
          'MetricName: Watched\n      Namespace: CISBenchmark\n      Statistic: Sum\n      Period: 300\n      Threshold: 1\n      EvaluationPeriods',
          ANOMALY_BAND,
        ],
        ['GreaterThanOrEqualToThreshold', 'GreaterThanUpperThreshold'],
      ),
    },
  ],
});

const CONFIG_CALLS = [
  'StopConfigurationRecorder',
  'DeleteDeliveryChannel',
  'PutDeliveryChannel',
  'PutConfigurationRecorder',
];
ruleCases(
  'metric-alarm-config-changes',
  table({
    cis: anyOfFrom('config.amazonaws.com', CONFIG_CALLS),
    failing: [
      {
        ...missing('StopConfigurationRecorder'),
        pattern: anyOfFrom('config.amazonaws.com', dropping(CONFIG_CALLS, 'StopConfigurationRecorder')),
      },
      {
        name: 'the filter watches the wrong event source',
        pattern: anyOfFrom('configservice.amazonaws.com', CONFIG_CALLS),
        message: 'does not match a StopConfigurationRecorder call',
      },
    ],
  }),
);

const BUCKET_POLICY_CALLS = [
  'PutBucketAcl',
  'PutBucketPolicy',
  'PutBucketCors',
  'PutBucketLifecycle',
  'PutBucketReplication',
  'DeleteBucketPolicy',
  'DeleteBucketCors',
  'DeleteBucketLifecycle',
  'DeleteBucketReplication',
];
ruleCases(
  'metric-alarm-s3-bucket-policy-changes',
  table({
    cis: anyOfFrom('s3.amazonaws.com', BUCKET_POLICY_CALLS),
    failing: [
      {
        ...missing('PutBucketPolicy'),
        pattern: anyOfFrom('s3.amazonaws.com', dropping(BUCKET_POLICY_CALLS, 'PutBucketPolicy')),
      },
      {
        name: 'the filter counts every S3 call',
        pattern: '{ $.eventSource = s3.amazonaws.com }',
        message: 'PutObject',
      },
    ],
  }),
);

const NACL_CALLS = [
  'CreateNetworkAcl',
  'CreateNetworkAclEntry',
  'DeleteNetworkAcl',
  'DeleteNetworkAclEntry',
  'ReplaceNetworkAclEntry',
  'ReplaceNetworkAclAssociation',
];
ruleCases(
  'metric-alarm-nacl-changes',
  table({
    cis: anyOf(NACL_CALLS),
    failing: [
      {
        ...missing('ReplaceNetworkAclEntry'),
        pattern: anyOf(dropping(NACL_CALLS, 'ReplaceNetworkAclEntry')),
      },
    ],
  }),
);

const GATEWAY_CALLS = [
  'CreateCustomerGateway',
  'DeleteCustomerGateway',
  'AttachInternetGateway',
  'CreateInternetGateway',
  'DeleteInternetGateway',
  'DetachInternetGateway',
];
ruleCases(
  'metric-alarm-network-gateway-changes',
  table({
    cis: anyOf(GATEWAY_CALLS),
    failing: [
      {
        ...missing('AttachInternetGateway'),
        pattern: anyOf(dropping(GATEWAY_CALLS, 'AttachInternetGateway')),
      },
    ],
  }),
);

const ROUTE_CALLS = [
  'CreateRoute',
  'CreateRouteTable',
  'ReplaceRoute',
  'ReplaceRouteTableAssociation',
  'DeleteRouteTable',
  'DeleteRoute',
  'DisassociateRouteTable',
];
ruleCases(
  'metric-alarm-route-table-changes',
  table({
    cis: anyOfFrom('ec2.amazonaws.com', ROUTE_CALLS),
    failing: [
      {
        ...missing('ReplaceRoute'),
        pattern: anyOfFrom('ec2.amazonaws.com', dropping(ROUTE_CALLS, 'ReplaceRoute')),
      },
    ],
  }),
);

const VPC_CALLS = [
  'CreateVpc',
  'DeleteVpc',
  'ModifyVpcAttribute',
  'AcceptVpcPeeringConnection',
  'CreateVpcPeeringConnection',
  'DeleteVpcPeeringConnection',
  'RejectVpcPeeringConnection',
  'AttachClassicLinkVpc',
  'DetachClassicLinkVpc',
  'DisableVpcClassicLink',
  'EnableVpcClassicLink',
];
ruleCases(
  'metric-alarm-vpc-changes',
  table({
    cis: anyOf(VPC_CALLS),
    failing: [
      {
        ...missing('CreateVpcPeeringConnection'),
        pattern: anyOf(dropping(VPC_CALLS, 'CreateVpcPeeringConnection')),
      },
    ],
  }),
);

const ORGANIZATIONS_CALLS = [
  'AcceptHandshake',
  'AttachPolicy',
  'CreateAccount',
  'CreateOrganizationalUnit',
  'CreatePolicy',
  'DeclineHandshake',
  'DeleteOrganization',
  'DeleteOrganizationalUnit',
  'DeletePolicy',
  'DetachPolicy',
  'DisablePolicyType',
  'EnablePolicyType',
  'InviteAccountToOrganization',
  'LeaveOrganization',
  'MoveAccount',
  'RemoveAccountFromOrganization',
  'UpdatePolicy',
  'UpdateOrganizationalUnit',
];
ruleCases(
  'metric-alarm-organizations-changes',
  table({
    cis: anyOfFrom('organizations.amazonaws.com', ORGANIZATIONS_CALLS),
    failing: [
      {
        ...missing('LeaveOrganization'),
        pattern: anyOfFrom('organizations.amazonaws.com', dropping(ORGANIZATIONS_CALLS, 'LeaveOrganization')),
      },
    ],
  }),
);
