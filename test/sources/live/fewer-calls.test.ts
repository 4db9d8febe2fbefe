/**
 * Fewer calls, same facts: listener rules only for HTTP listeners. IAM MFA
 * and access keys are still read per user: the credential report may be hours old. The calls are
 * counted by the loopback server, the facts read from the inventory.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isUnknown, type Unknown } from '../../../src/inventory/maybe.js';
import type { ResourceOf } from '../../../src/inventory/model.js';
import { sampleAccount, type FakeAccount } from '../../support/aws-server/index.js';
import { scanFake, type FakeScan } from './helpers.js';

const PER_USER_ACTIONS = ['iam:ListMFADevices', 'iam:ListAccessKeys'];

function perUserCalls(scan: FakeScan): string[] {
  return scan.fake.calls
    .filter((call) => PER_USER_ACTIONS.includes(call.action))
    .map((call) => call.action)
    .sort();
}

function user(scan: FakeScan, name: string): ResourceOf<'iam-user'> {
  const found = scan.result.inventory.ofType('iam-user').find((resource) => resource.name === name);
  if (!found) throw new Error(`IAM user ${name} not in the inventory`);
  return found;
}

/** The facts the IAM rules read, in a form both paths must agree on. */
function userFacts(scan: FakeScan, name: string) {
  const found = user(scan, name);
  const keys = isUnknown(found.accessKeys)
    ? found.accessKeys
    : found.accessKeys.map((key) => ({ active: key.active, createdAt: Date.parse(key.createdAt ?? '') }));
  return { mfaActive: found.mfaActive, hasConsolePassword: found.hasConsolePassword, keys };
}

const USERS = ['alice', 'bob', 'ci-deploy', 'old-reporting'];

describe('IAM: MFA and access keys are read per user, not from the credential report alone', () => {
  let withReport: FakeScan;
  let reportDenied: FakeScan;

  beforeAll(async () => {
    [withReport, reportDenied] = await Promise.all([
      scanFake(sampleAccount()),
      scanFake(sampleAccount(), {
        faults: [{ action: 'iam:GetCredentialReport', kind: 'AccessDenied' }],
        live: { maxAttempts: 1 },
      }),
    ]);
  });

  const everyUserBothCalls = [
    ...USERS.map(() => 'iam:ListAccessKeys'),
    ...USERS.map(() => 'iam:ListMFADevices'),
  ].sort();

  it('the report was read, and every user still gets ListMFADevices and ListAccessKeys', () => {
    // IAM serves a cached report up to 4 hours old: MFA removed since then must not PASS.
    expect(withReport.fake.calls.some((call) => call.action === 'iam:GetCredentialReport')).toBe(true);
    expect(perUserCalls(withReport)).toEqual(everyUserBothCalls);
    expect(withReport.result.inventory.gaps).toEqual([]);
  });

  it('gives MFA, console password and key age for every user, and the verdicts follow', () => {
    expect(userFacts(withReport, 'alice')).toEqual({ mfaActive: true, hasConsolePassword: true, keys: [] });
    expect(userFacts(withReport, 'bob')).toEqual({ mfaActive: false, hasConsolePassword: true, keys: [] });
    expect(userFacts(withReport, 'old-reporting')).toEqual({
      mfaActive: false,
      hasConsolePassword: false,
      keys: [{ active: true, createdAt: Date.parse('2023-01-01T00:00:00Z') }],
    });
    const verdict = (scan: FakeScan, ruleId: string, name: string) =>
      scan.findings.find(
        (finding) => finding.ruleId === ruleId && finding.resource.id === user(scan, name).id,
      )?.status;
    expect(verdict(withReport, 'iam-access-keys-rotated', 'old-reporting')).toBe('FAIL');
    // ci-deploy's key (2026-09-01) is aged from the live recording, which is today: 90 days is the limit.
    const ciDeployAgeDays =
      (Date.parse(withReport.snapshot.startedAt) - Date.parse('2026-09-01T00:00:00Z')) / 86_400_000;
    expect(verdict(withReport, 'iam-access-keys-rotated', 'ci-deploy')).toBe(
      ciDeployAgeDays > 90 ? 'FAIL' : 'PASS',
    );
    expect(verdict(withReport, 'iam-users-mfa', 'bob')).toBe('FAIL');
    expect(verdict(withReport, 'iam-users-mfa', 'alice')).toBe('PASS');
  });

  it('the report denied: the same MFA and key facts, and the console password Unknown', () => {
    expect(perUserCalls(reportDenied)).toEqual(everyUserBothCalls);
    for (const name of USERS) {
      const denied = userFacts(reportDenied, name);
      const report = userFacts(withReport, name);
      expect(denied.mfaActive, name).toEqual(report.mfaActive);
      expect(denied.keys, name).toEqual(report.keys);
      // Only the report says whether a console password is set: without it, that fact is Unknown.
      expect(isUnknown(denied.hasConsolePassword), name).toBe(true);
      expect((denied.hasConsolePassword as Unknown).reason).toMatch(/GetCredentialReport.*AccessDenied/);
    }
    expect(user(reportDenied, 'ci-deploy').accessKeys).toEqual([
      expect.objectContaining({ id: 'AKIACIDEPLOY0000001', active: true }),
    ]);
  });

  it('the live answer wins over a stale report: an MFA device added after it was generated counts', async () => {
    const account: FakeAccount = sampleAccount();
    const bob = account.iam!.users.find((entry) => entry.user.UserName === 'bob')!;
    bob.inCredentialReport = false;
    bob.mfaDevices = [
      { UserName: 'bob', SerialNumber: 'arn:aws:iam::123456789012:mfa/bob', EnableDate: new Date() },
    ];
    bob.accessKeys = [
      {
        metadata: {
          AccessKeyId: 'AKIABOB000000000001',
          Status: 'Active',
          CreateDate: new Date('2026-11-01T00:00:00Z'),
        },
      },
    ];
    const scan = await scanFake(account);
    const found = user(scan, 'bob');
    expect(found.mfaActive).toBe(true);
    expect(found.accessKeys).toEqual([
      expect.objectContaining({
        id: 'AKIABOB000000000001',
        active: true,
        createdAt: '2026-11-01T00:00:00.000Z',
      }),
    ]);
    expect(isUnknown(found.hasConsolePassword)).toBe(true);
    expect(userFacts(scan, 'alice')).toEqual(userFacts(withReport, 'alice'));
  });
});

describe('ELBv2: listener rules only where a rule reads them', () => {
  let scan: FakeScan;

  beforeAll(async () => {
    scan = await scanFake(sampleAccount());
  });

  it('DescribeRules is sent for each HTTP listener and for no other', () => {
    const listeners = scan.result.inventory.ofType('elbv2-listener');
    const http = listeners.filter((listener) => listener.protocol === 'HTTP');
    const others = listeners.filter((listener) => listener.protocol !== 'HTTP');
    expect(http.length).toBeGreaterThan(0);
    expect(others.map((listener) => listener.protocol)).toContain('HTTPS');
    const ruleCalls = scan.snapshot.calls.filter((call) => call.action === 'DescribeRules');
    expect(ruleCalls.map((call) => call.params?.ListenerArn).sort()).toEqual(
      http.map((listener) => listener.arn).sort(),
    );
    expect(
      scan.fake.calls.filter((call) => call.action === 'elasticloadbalancing:DescribeRules'),
    ).toHaveLength(http.length);
  });

  it('an HTTPS listener keeps its actions Unknown, saying they were not fetched; HTTP actions are read', () => {
    const listeners = scan.result.inventory.ofType('elbv2-listener');
    for (const listener of listeners.filter((entry) => entry.protocol !== 'HTTP')) {
      expect(isUnknown(listener.actions)).toBe(true);
      expect((listener.actions as Unknown).reason).toMatch(/not fetched/);
    }
    for (const listener of listeners.filter((entry) => entry.protocol === 'HTTP'))
      expect(isUnknown(listener.actions)).toBe(false);
    const redirects = scan.findings.filter((finding) => finding.ruleId === 'http-redirects-to-https');
    expect(redirects.some((finding) => finding.status === 'PASS' || finding.status === 'FAIL')).toBe(true);
    expect(redirects.filter((finding) => finding.status === 'UNKNOWN')).toEqual([]);
  });
});
