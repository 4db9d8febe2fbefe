/**
 * The sample account's CIS metric filters and alarms on the org trail's log group: six controls
 * watched, the NACL alarm left without an action, the rest never set up, so a first scan shows
 * both verdicts.
 */
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';

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

export function sampleMetricFilters(): MetricFilter[] {
  return Object.entries(PATTERNS).map(([metric, filterPattern]) => ({
    filterName: metric,
    logGroupName: TRAIL_LOG_GROUP,
    filterPattern,
    metricTransformations: [{ metricName: metric, metricNamespace: 'CISBenchmark', metricValue: '1' }],
    creationTime: Date.UTC(2025, 0, 15),
  }));
}

export function sampleAlarms(region: string, account: string, topicArn: string): MetricAlarm[] {
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
    AlarmActions: SILENT.has(metric) ? [] : [topicArn],
    OKActions: [],
    InsufficientDataActions: [],
    StateValue: 'OK',
  }));
}
