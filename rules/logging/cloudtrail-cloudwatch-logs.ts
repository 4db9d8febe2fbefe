import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudtrail-cloudwatch-logs',
  title: 'CloudTrail trails deliver to CloudWatch Logs',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    'A trail that only writes to S3 is an archive nobody watches. Delivered to CloudWatch Logs, its events can ' +
    'drive metric filters and alarms (root use, policy changes, console sign-in failures) within minutes, which ' +
    'is how monitoring detects an incident rather than an investigation finding it later.',
  remediation: {
    summary: 'Give the trail a log group and a role CloudTrail can assume to write to it.',
    cloudformation:
      'AWS::CloudTrail::Trail: `CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn`, `CloudWatchLogsRoleArn: !GetAtt TrailToLogsRole.Arn`',
    cdk: 'new cloudtrail.Trail(this, "Trail", { sendToCloudWatchLogs: true })',
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <arn> --cloud-watch-logs-role-arn <role-arn>',
  },
  equivalents: {
    checkov: ['CKV2_AWS_10'],
    cdkNag: ['AwsSolutions-CT1', 'NIST.800.53.R5-CloudTrailCloudWatchLogsEnabled'],
    guard: ['CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED'],
    prowler: ['cloudtrail_cloudwatch_logging_enabled'],
    steampipe: ['cloudtrail_trail_integrated_with_logs'],
    fsbp: ['CloudTrail.5'],
  },
  evaluate(trail) {
    const group = trail.cloudWatchLogsLogGroupArn;
    if (group === undefined) return undetermined('the CloudWatch Logs delivery setting was not read');
    if (isUnknown(group)) return undetermined(group);
    return group === null
      ? fail('the trail delivers to S3 only, not to CloudWatch Logs', { cloudWatchLogsLogGroupArn: null })
      : pass(`the trail delivers to log group ${group}`, { cloudWatchLogsLogGroupArn: group });
  },
});
