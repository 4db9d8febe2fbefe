/** IAM Access Analyzer over the wire: one ListAnalyzers per region, one verdict per region. */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import '../../support/aws-server/services/accessanalyzer-data.js';
import { scanFake, type FakeScan } from './helpers.js';

function account(): FakeAccount {
  const fake = emptyAccount({ enabledRegions: ['us-east-1', 'eu-west-1', 'eu-central-1'] });
  const analyzer = (region: string, name: string, status: 'ACTIVE' | 'FAILED') => ({
    arn: `arn:aws:access-analyzer:${region}:111122223333:analyzer/${name}`,
    name,
    type: 'ACCOUNT' as const,
    createdAt: new Date('2025-01-01T00:00:00Z'),
    status,
  });
  fake.regions['us-east-1'] = { accessanalyzer: { analyzers: [analyzer('us-east-1', 'account', 'ACTIVE')] } };
  fake.regions['eu-central-1'] = {
    accessanalyzer: { analyzers: [analyzer('eu-central-1', 'broken', 'FAILED')] },
  };
  return fake;
}

const verdict = (scan: FakeScan, region: string) => {
  const finding = scan.findings.find(
    (f) => f.ruleId === 'access-analyzer-enabled' && f.resource.region === region,
  );
  return finding ? `${finding.status}: ${finding.message}` : 'no finding';
};

describe('access-analyzer-enabled, live', () => {
  it('passes a region with an active analyzer and fails one without, or with a failed one', async () => {
    const scan = await scanFake(account());
    expect(verdict(scan, 'us-east-1')).toBe('PASS: active: account (ACCOUNT)');
    expect(verdict(scan, 'eu-west-1')).toBe('FAIL: no analyzer in this region');
    expect(verdict(scan, 'eu-central-1')).toMatch(
      /^FAIL: no active external access analyzer \(broken \(ACCOUNT\): FAILED\)/,
    );
  });

  it('a denied ListAnalyzers is UNKNOWN in every region, never PASS', async () => {
    const scan = await scanFake(account(), {
      faults: [{ action: 'access-analyzer:ListAnalyzers', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    for (const region of ['us-east-1', 'eu-west-1', 'eu-central-1'])
      expect(verdict(scan, region)).toMatch(/^UNKNOWN: .*AccessDenied/);
    expect(scan.incompleteExit).toBe(3);
  });
});
