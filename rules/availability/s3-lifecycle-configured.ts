import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 's3-lifecycle-configured',
  title: 'S3 buckets have an enabled lifecycle rule',
  severity: 'low',
  criteria: ['C1.2'],
  family: 'availability',
  appliesTo: ['s3-bucket'],
  rationale:
    'Confidential information must be disposed of when its retention period ends (C1.2). A lifecycle rule ' +
    'expires objects (and noncurrent versions) or moves them to archive storage on a schedule, so data is not ' +
    'kept forever by default. A configuration whose rules are all disabled does nothing and fails.',
  remediation: {
    summary:
      'Add a lifecycle rule matching the data retention policy (expiration, noncurrent version expiration).',
    cloudformation:
      'AWS::S3::Bucket: `LifecycleConfiguration: { Rules: [{ Id: retention, Status: Enabled, ExpirationInDays: 365, NoncurrentVersionExpiration: { NoncurrentDays: 90 } }] }`',
    cdk: 'new s3.Bucket(this, "B", { lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(90) }] })',
    cli: 'aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json',
  },
  equivalents: {
    prowler: ['s3_bucket_lifecycle_enabled'],
    steampipe: ['s3_bucket_lifecycle_policy_enabled'],
    fsbp: ['S3.13'],
  },
  evaluate(bucket) {
    const lifecycle = bucket.lifecycle;
    if (lifecycle === undefined) return undetermined('the lifecycle configuration was not read');
    if (isUnknown(lifecycle)) return undetermined(lifecycle);
    if (isUnknown(lifecycle.enabledRules)) return undetermined(lifecycle.enabledRules);
    const evidence = { lifecycleRules: lifecycle.totalRules, enabledRules: lifecycle.enabledRules };
    if (lifecycle.totalRules === 0) return fail('the bucket has no lifecycle configuration', evidence);
    return lifecycle.enabledRules > 0
      ? pass(`${lifecycle.enabledRules} enabled lifecycle rule(s)`, evidence)
      : fail('every lifecycle rule is disabled', evidence);
  },
});
