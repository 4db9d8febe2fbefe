import { calls, defineMetricAlarmRule } from '../lib/metric-alarm.js';

export default defineMetricAlarmRule({
  id: 'metric-alarm-s3-bucket-policy-changes',
  title: 'An alarm fires on S3 bucket policy changes',
  severity: 'medium',
  criteria: ['CC7.2', 'CC8.1'],
  activity: 'changes to S3 bucket policies and ACLs',
  rationale:
    'A bucket policy or ACL change is how data becomes public or readable by another account; it should never go unnoticed.',
  cisPattern:
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  events: calls('s3.amazonaws.com', [
    'PutBucketAcl',
    'PutBucketPolicy',
    'PutBucketCors',
    'PutBucketLifecycle',
    'PutBucketReplication',
    'DeleteBucketPolicy',
    'DeleteBucketCors',
    'DeleteBucketLifecycle',
    'DeleteBucketReplication',
  ]),
  equivalents: {
    prowler: ['cloudwatch_log_metric_filter_for_s3_bucket_policy_changes'],
    steampipe: ['log_metric_filter_bucket_policy'],
    fsbp: ['CloudWatch.8'],
  },
});
