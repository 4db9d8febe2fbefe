import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { S3PublicAccessBlock } from '../../src/inventory/model.js';

const SETTINGS: (keyof S3PublicAccessBlock)[] = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
];

export default defineRule({
  id: 's3-public-access-blocked',
  title: 'S3 buckets block all public access',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'network',
  appliesTo: ['s3-bucket'],
  rationale:
    'The four Block Public Access settings stop a bucket from being made public by an ACL or a bucket policy, ' +
    'the most common cause of data exposure on AWS. Buckets that serve public content belong behind CloudFront ' +
    'with origin access control, not open to the internet.',
  remediation: {
    summary: 'Turn on all four Block Public Access settings on the bucket.',
    cloudformation:
      'AWS::S3::Bucket: `PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }`',
    cdk: 'new s3.Bucket(this, "B", { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })',
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
    guard: ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED'],
    cdkNag: ['AwsSolutions-S2', 'NIST.800.53.R5-S3BucketLevelPublicAccessProhibited'],
    prowler: ['s3_bucket_level_public_access_block', 's3_bucket_public_access'],
    steampipe: [
      's3_bucket_policy_restrict_public_access',
      's3_bucket_restrict_public_read_access',
      's3_bucket_restrict_public_write_access',
    ],
    fsbp: ['S3.8'],
  },
  evaluate(bucket) {
    const block = bucket.publicAccessBlock;
    if (isUnknown(block)) return undetermined(block);
    const off = SETTINGS.filter((setting) => block[setting] !== true);
    const evidence = {
      publicAccessBlock: { ...block },
      defaultApplied: bucket.publicAccessBlockDefault ?? null,
    };
    // A documented default (S3's for new buckets, or none configured) explains the verdict best.
    return off.length > 0
      ? fail(
          bucket.publicAccessBlockDefault ?? `Block Public Access settings off: ${off.join(', ')}`,
          evidence,
        )
      : pass(bucket.publicAccessBlockDefault ?? 'all four Block Public Access settings are on', evidence);
  },
});
