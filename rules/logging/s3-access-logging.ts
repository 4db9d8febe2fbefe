import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 's3-access-logging',
  title: 'S3 buckets have server access logging enabled',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['s3-bucket'],
  rationale:
    'Server access logs record every request made to the bucket (who, which object, from where, with what ' +
    'result), including the object reads CloudTrail records only when data events are on. They are what shows ' +
    'which data was read after a credential leak.',
  remediation: {
    summary: 'Enable server access logging to a separate log bucket in the same account and region.',
    cloudformation:
      'AWS::S3::Bucket: `LoggingConfiguration: { DestinationBucketName: !Ref AccessLogBucket, LogFilePrefix: <prefix> }`',
    cdk: 'new s3.Bucket(this, "B", { serverAccessLogsBucket: logBucket, serverAccessLogsPrefix: "b/" })',
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status file://logging.json',
  },
  equivalents: {
    checkov: ['CKV_AWS_18'],
    cfnNag: ['W35'],
    cdkNag: ['AwsSolutions-S1', 'NIST.800.53.R5-S3BucketLoggingEnabled'],
    guard: ['S3_BUCKET_LOGGING_ENABLED'],
    prowler: ['s3_bucket_server_access_logging_enabled'],
    steampipe: ['s3_bucket_logging_enabled'],
    fsbp: ['S3.9'],
  },
  evaluate(bucket) {
    const logging = bucket.accessLogging;
    if (logging === undefined) return undetermined('the server access logging setting was not read');
    if (isUnknown(logging)) return undetermined(logging);
    if (!logging.enabled) return fail('server access logging is off', { accessLogging: false });
    const target = isUnknown(logging.targetBucket) ? null : logging.targetBucket;
    return pass(`server access logs go to ${target ?? 'a bucket that could not be resolved'}`, {
      accessLogging: true,
      targetBucket: target,
    });
  },
});
