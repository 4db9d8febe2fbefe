/**
 * Each Block Public Access setting is read on its own (issue 12, found by
 * mutation testing): the sample's partial bucket has two settings off, so a
 * normalizer that always reported one of them as on still failed it. Here each
 * bucket has exactly one setting off, and each must FAIL naming it.
 */
import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeBucket } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const SETTINGS = {
  BlockPublicAcls: 'blockPublicAcls',
  IgnorePublicAcls: 'ignorePublicAcls',
  BlockPublicPolicy: 'blockPublicPolicy',
  RestrictPublicBuckets: 'restrictPublicBuckets',
} as const;

function bucket(name: string, publicAccessBlock: PublicAccessBlockConfiguration): FakeBucket {
  return {
    name,
    region: 'us-east-1',
    creationDate: new Date('2025-03-01T10:00:00Z'),
    encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    publicAccessBlock,
  };
}

describe('S3 Block Public Access, live', () => {
  it('one setting off is enough to FAIL, and the message names it; all four on PASS', async () => {
    const allOn = {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    };
    const buckets = Object.keys(SETTINGS).map((setting) =>
      bucket(`only-${setting.toLowerCase()}-off`, { ...allOn, [setting]: false }),
    );
    buckets.push(bucket('all-on', allOn));
    const scan = await scanFake(emptyAccount({ s3: { buckets } }));
    const verdicts = Object.fromEntries(
      scan.findings
        .filter((finding) => finding.ruleId === 's3-public-access-blocked')
        .map((finding) => [finding.resource.id, `${finding.status}: ${finding.message}`]),
    );
    expect(verdicts).toEqual({
      ...Object.fromEntries(
        Object.entries(SETTINGS).map(([setting, fact]) => [
          `only-${setting.toLowerCase()}-off`,
          // The fake account sets no account-level Block Public Access: nothing is turned on there.
          `FAIL: Block Public Access settings off at both the bucket and the account level: ${fact}`,
        ]),
      ),
      'all-on': 'PASS: all four Block Public Access settings are on',
    });
  });
});
