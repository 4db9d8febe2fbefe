import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { settingsOff } from '../lib/public-access-block.js';

export default defineRule({
  id: 's3-account-public-access-block',
  title: 'S3 Block Public Access is on for the whole account',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'network',
  appliesTo: ['aws-account'],
  // An account setting (S3 Control), never in an application template.
  sources: ['live'],
  rationale:
    'The account-level Block Public Access settings apply to every bucket, present and future: no ACL or bucket ' +
    'policy can make one public, whatever its own settings say. It is the one switch that keeps a forgotten or ' +
    'newly created bucket private.',
  remediation: {
    summary:
      'Turn on all four Block Public Access settings for the account (S3 console > Block Public Access settings for this account).',
    cli: 'aws s3control put-public-access-block --account-id <account> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  equivalents: {
    guard: ['S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS_PERIODIC'],
    prowler: ['s3_account_level_public_access_blocks'],
    steampipe: ['s3_public_access_block_account'],
    fsbp: ['S3.1'],
  },
  evaluate(account) {
    const block = account.s3PublicAccessBlock;
    if (block === undefined) return undetermined('the account-level S3 Block Public Access was not read');
    if (isUnknown(block)) return undetermined(block);
    const off = settingsOff(block);
    const evidence = { s3PublicAccessBlock: { ...block } };
    return off.length > 0
      ? fail(`account-level Block Public Access settings off: ${off.join(', ')}`, evidence)
      : pass('all four Block Public Access settings are on for the account', evidence);
  },
});
