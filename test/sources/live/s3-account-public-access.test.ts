/**
 * S3 ORs the account-level Block Public Access (S3 Control) with each
 * bucket's own settings: the bucket rule judges the effective setting, and
 * `s3-account-public-access-block` judges the account's. An account setting
 * that could not be read never lets a bucket whose own settings are off PASS.
 */
import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { emptyAccount, type FakeBucket, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const ACCOUNT = '111122223333';
const ALL_ON = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const ACLS_ONLY = { ...ALL_ON, BlockPublicPolicy: false, RestrictPublicBuckets: false };

// In eu-west-1, so that a fault on the account call (sent in us-east-1) leaves the bucket reads alone.
function bucket(name: string, publicAccessBlock?: PublicAccessBlockConfiguration): FakeBucket {
  return {
    name,
    region: 'eu-west-1',
    creationDate: new Date('2025-03-01T10:00:00Z'),
    ...(publicAccessBlock ? { publicAccessBlock } : {}),
  };
}

const BUCKETS = [bucket('all-on', ALL_ON), bucket('none-configured'), bucket('acls-only', ACLS_ONLY)];

async function scan(
  accountPublicAccessBlock: PublicAccessBlockConfiguration | undefined,
  faults: FaultRule[] = [],
) {
  return scanFake(
    emptyAccount({
      accountId: ACCOUNT,
      s3: { buckets: BUCKETS, ...(accountPublicAccessBlock ? { accountPublicAccessBlock } : {}) },
    }),
    { faults, live: { maxAttempts: 1 } },
  );
}

function byResource(findings: readonly Finding[], ruleId: string): Record<string, string> {
  return Object.fromEntries(
    findings
      .filter((finding) => finding.ruleId === ruleId)
      .map((finding) => [finding.resource.id, `${finding.status}: ${finding.message}`]),
  );
}

describe('S3 account-level Block Public Access, live', () => {
  it('all four on for the account: the account PASSes and so does every bucket, naming the account setting', async () => {
    const { findings } = await scan(ALL_ON);
    expect(byResource(findings, 's3-account-public-access-block')).toEqual({
      [ACCOUNT]: 'PASS: all four Block Public Access settings are on for the account',
    });
    const buckets = byResource(findings, 's3-public-access-blocked');
    expect(buckets['all-on']).toBe(
      'PASS: the account-level Block Public Access turns all four settings on for every bucket',
    );
    expect(buckets['none-configured']).toMatch(/^PASS: .*account-level Block Public Access/);
    expect(buckets['acls-only']).toMatch(/^PASS: .*account-level Block Public Access/);
  }, 60_000);

  it('ACLs blocked for the account only: the account FAILs, and a bucket FAILs on what neither level turns on', async () => {
    const { findings } = await scan(ACLS_ONLY);
    expect(byResource(findings, 's3-account-public-access-block')).toEqual({
      [ACCOUNT]:
        'FAIL: account-level Block Public Access settings off: blockPublicPolicy, restrictPublicBuckets',
    });
    expect(byResource(findings, 's3-public-access-blocked')).toEqual({
      'all-on': 'PASS: all four Block Public Access settings are on',
      'none-configured':
        'FAIL: Block Public Access settings off at both the bucket and the account level: blockPublicPolicy, ' +
        'restrictPublicBuckets (the bucket has no Block Public Access configuration)',
      'acls-only':
        'FAIL: Block Public Access settings off at both the bucket and the account level: blockPublicPolicy, restrictPublicBuckets',
    });
  }, 60_000);

  it('no account configuration (NoSuchPublicAccessBlockConfiguration): all four off for the account', async () => {
    const { findings } = await scan(undefined);
    expect(byResource(findings, 's3-account-public-access-block')[ACCOUNT]).toBe(
      'FAIL: account-level Block Public Access settings off: blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets',
    );
    expect(byResource(findings, 's3-public-access-blocked')['none-configured']).toMatch(/^FAIL: /);
  }, 60_000);

  it('the account call denied: the account rule and the buckets whose own settings are off are UNKNOWN, exit 3', async () => {
    // Would PASS every bucket if read: the denial alone decides the verdicts.
    const denied: FaultRule = {
      action: 's3:GetPublicAccessBlock',
      kind: 'AccessDenied',
      region: 'us-east-1',
    };
    const { findings, incompleteExit } = await scan(ALL_ON, [denied]);
    const account = findings.find((finding) => finding.ruleId === 's3-account-public-access-block');
    expect(account?.status).toBe('UNKNOWN');
    expect(account?.message).toMatch(/AccessDenied|not authorized/i);
    const buckets = byResource(findings, 's3-public-access-blocked');
    expect(buckets['all-on']).toBe('PASS: all four Block Public Access settings are on');
    expect(buckets['none-configured']).toMatch(/^UNKNOWN: .*account-level setting is unknown/);
    expect(buckets['acls-only']).toMatch(/^UNKNOWN: .*account-level setting is unknown/);
    expect(incompleteExit).toBe(3);
  }, 60_000);
});
