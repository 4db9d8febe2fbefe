/**
 * The sample account's CIS metric filters and alarms on the org trail's log group: five controls
 * watched (their alarms notify the alerts topic, which the security team's address confirmed), the
 * NACL alarm left without an action, the security-group alarm sent to a network-changes topic whose
 * only subscriber never confirmed, the rest never set up, so a first scan shows both verdicts.
 */
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { Subscription } from '@aws-sdk/client-sns';

const TRAIL_LOG_GROUP = '/aws/cloudtrail/org-trail';

const PATTERNS: Record<string, string> = {
  RootUsage:
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  UnauthorizedApiCalls: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  ConsoleSigninFailures: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  IamPolicyChanges:
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||' +
    '($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||' +
    '($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||' +
    '($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||' +
    '($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||' +
    '($.eventName=DetachGroupPolicy)}',
  CloudTrailChanges:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ' +
    '($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  SecurityGroupChanges:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ' +
    '($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ' +
    '($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  NaclChanges:
    '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ' +
    '($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ' +
    '($.eventName = ReplaceNetworkAclAssociation) }',
};

/** Set up, but nobody is told: the alarm has no action. */
const SILENT = new Set(['NaclChanges']);
/** Sent to the network-changes topic, whose one email subscription still awaits confirmation. */
const UNCONFIRMED = new Set(['SecurityGroupChanges']);

export const alertsTopicArn = (region: string, account: string): string =>
  `arn:aws:sns:${region}:${account}:alerts`;
export const networkChangesTopicArn = (region: string, account: string): string =>
  `arn:aws:sns:${region}:${account}:network-changes`;

/** The alarm topics' subscriptions as ListSubscriptions returns them. */
export function sampleSubscriptions(region: string, account: string): Subscription[] {
  const alerts = alertsTopicArn(region, account);
  const network = networkChangesTopicArn(region, account);
  return [
    {
      TopicArn: alerts,
      SubscriptionArn: `${alerts}:5f1c2a9e-7b3d-4e8f-9a01-2b3c4d5e6f70`,
      Protocol: 'email',
      Endpoint: 'security@example.com',
      Owner: account,
    },
    {
      TopicArn: network,
      SubscriptionArn: 'PendingConfirmation',
      Protocol: 'email',
      Endpoint: 'netops@example.com',
      Owner: account,
    },
  ];
}

export function sampleMetricFilters(): MetricFilter[] {
  return Object.entries(PATTERNS).map(([metric, filterPattern]) => ({
    filterName: metric,
    logGroupName: TRAIL_LOG_GROUP,
    filterPattern,
    metricTransformations: [{ metricName: metric, metricNamespace: 'CISBenchmark', metricValue: '1' }],
    creationTime: Date.UTC(2025, 0, 15),
  }));
}

export function sampleAlarms(region: string, account: string): MetricAlarm[] {
  const topicOf = (metric: string): string =>
    UNCONFIRMED.has(metric) ? networkChangesTopicArn(region, account) : alertsTopicArn(region, account);
  return Object.keys(PATTERNS).map((metric) => ({
    AlarmName: `cis-${metric}`,
    AlarmArn: `arn:aws:cloudwatch:${region}:${account}:alarm:cis-${metric}`,
    MetricName: metric,
    Namespace: 'CISBenchmark',
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: 1,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
    ActionsEnabled: true,
    AlarmActions: SILENT.has(metric) ? [] : [topicOf(metric)],
    OKActions: [],
    InsufficientDataActions: [],
    StateValue: 'OK',
  }));
}
