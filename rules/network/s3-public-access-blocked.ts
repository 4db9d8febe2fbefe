import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { settingsOff } from '../lib/public-access-block.js';

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
    const own = bucket.publicAccessBlock;
    const account = bucket.accountPublicAccessBlock;
    const evidence = {
      publicAccessBlock: isUnknown(own) ? null : { ...own },
      defaultApplied: bucket.publicAccessBlockDefault ?? null,
      accountPublicAccessBlock: account === undefined || isUnknown(account) ? null : { ...account },
    };
    // S3 enforces each setting when either the bucket or its account turns it on.
    if (account !== undefined && !isUnknown(account) && settingsOff(account).length === 0)
      return pass(
        'the account-level Block Public Access turns all four settings on for every bucket',
        evidence,
      );
    if (isUnknown(own)) return undetermined(own);
    const ownOff = settingsOff(own);
    if (ownOff.length === 0)
      // A documented default (S3's for new buckets) explains the verdict best.
      return pass(
        bucket.publicAccessBlockDefault ?? 'all four Block Public Access settings are on',
        evidence,
      );
    const ownOffMessage =
      bucket.publicAccessBlockDefault ?? `Block Public Access settings off: ${ownOff.join(', ')}`;
    if (account === undefined)
      // A template never holds the account-level setting; an older live snapshot did not read it.
      return fail(`${ownOffMessage} (bucket level only: the account-level setting was not read)`, evidence);
    if (isUnknown(account))
      return undetermined(
        `${ownOffMessage} at the bucket level, and the account-level setting is unknown: ${account.reason}`,
      );
    const off = ownOff.filter((setting) => account[setting] !== true);
    if (off.length === 0)
      return pass(`${ownOffMessage}; the account-level Block Public Access turns them on`, evidence);
    const because = bucket.publicAccessBlockDefault ? ` (${bucket.publicAccessBlockDefault})` : '';
    return fail(
      `Block Public Access settings off at both the bucket and the account level: ${off.join(', ')}${because}`,
      evidence,
    );
  },
});
