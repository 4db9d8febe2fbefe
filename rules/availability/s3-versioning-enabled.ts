import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 's3-versioning-enabled',
  title: 'S3 buckets have versioning enabled',
  severity: 'medium',
  criteria: ['A1.2', 'CC6.1'],
  family: 'availability',
  appliesTo: ['s3-bucket'],
  rationale:
    'With versioning, an overwritten or deleted object keeps its earlier versions, so a faulty deployment, a ' +
    'script or ransomware that rewrites objects can be undone. A suspended bucket keeps old versions but stops ' +
    'protecting new writes, so it fails too.',
  remediation: {
    summary: 'Enable versioning on the bucket (and a lifecycle rule that expires noncurrent versions).',
    cloudformation: 'AWS::S3::Bucket: `VersioningConfiguration: { Status: Enabled }`',
    cdk: 'new s3.Bucket(this, "B", { versioned: true })',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
  },
  equivalents: {
    checkov: ['CKV_AWS_21'],
    cdkNag: ['NIST.800.53.R5-S3BucketVersioningEnabled'],
    guard: ['S3_BUCKET_VERSIONING_ENABLED'],
    prowler: ['s3_bucket_object_versioning'],
    steampipe: ['s3_bucket_versioning_enabled'],
    fsbp: ['S3.14'],
  },
  evaluate(bucket) {
    const versioning = bucket.versioning;
    if (versioning === undefined) return undetermined('the versioning setting was not read');
    if (isUnknown(versioning)) return undetermined(versioning);
    const evidence = { versioning: versioning.status };
    if (versioning.status === 'Enabled') return pass('versioning is enabled', evidence);
    return fail(
      versioning.status === 'Suspended' ? 'versioning is suspended' : 'versioning was never enabled',
      evidence,
    );
  },
});
