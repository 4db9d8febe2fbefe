/** Secrets Manager over the wire: rotation settings from ListSecrets, judged against the scan time. */
import { describe, expect, it } from 'vitest';
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import { scanFake, type FakeScan } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;
// Ages are measured against the scan's own time, which is now.
const ago = (days: number) => new Date(Date.now() - days * DAY);
const arnOf = (name: string) => `arn:aws:secretsmanager:us-east-1:111122223333:secret:${name}-AbCdEf`;

function secret(name: string, fields: Partial<SecretListEntry>): SecretListEntry {
  return { ARN: arnOf(name), Name: name, CreatedDate: ago(400), ...fields };
}

function account(): FakeAccount {
  const fake = emptyAccount();
  fake.regions['us-east-1'] = {
    secretsmanager: {
      secrets: [
        secret('on-time', {
          RotationEnabled: true,
          RotationRules: { AutomaticallyAfterDays: 30 },
          LastRotatedDate: ago(12),
        }),
        secret('overdue', {
          RotationEnabled: true,
          RotationRules: { AutomaticallyAfterDays: 30 },
          LastRotatedDate: ago(75),
        }),
        secret('hourly', {
          RotationEnabled: true,
          RotationRules: { ScheduleExpression: 'rate(4 hours)' },
          LastRotatedDate: ago(3),
        }),
        secret('cron', {
          RotationEnabled: true,
          RotationRules: { ScheduleExpression: 'cron(0 16 1,15 * ? *)' },
          LastRotatedDate: ago(3),
        }),
        // Never set up: AWS leaves RotationEnabled out.
        secret('static', {}),
      ],
    },
  };
  return fake;
}

function status(scan: FakeScan, ruleId: string, name: string): string {
  const finding = scan.findings.find((f) => f.ruleId === ruleId && f.resource.id === arnOf(name));
  return finding ? `${finding.status}: ${finding.message}` : 'no finding';
}

describe('Secrets Manager rotation, live', () => {
  it('judges rotation settings and their schedule from ListSecrets alone', async () => {
    const scan = await scanFake(account());
    // Rotation needs no call per secret; GetResourcePolicy (one per secret) is secret-not-public's.
    expect(
      scan.snapshot.calls
        .filter((call) => call.service === 'secretsmanager' && call.action !== 'GetResourcePolicy')
        .map((c) => c.action),
    ).toEqual(['ListSecrets']);
    expect(status(scan, 'secret-rotation-enabled', 'on-time')).toMatch(/^PASS/);
    expect(status(scan, 'secret-rotation-enabled', 'static')).toMatch(/^FAIL/);
    expect(status(scan, 'secret-rotated-as-scheduled', 'on-time')).toMatch(/^PASS: last rotated 12 days ago/);
    expect(status(scan, 'secret-rotated-as-scheduled', 'overdue')).toMatch(
      /^FAIL: last rotated 75 days ago; the schedule is every 30 days/,
    );
    // rate(4 hours) = 1/6 day; 3 days late is a failure.
    expect(status(scan, 'secret-rotated-as-scheduled', 'hourly')).toMatch(/^FAIL/);
    expect(status(scan, 'secret-rotated-as-scheduled', 'cron')).toMatch(
      /^UNKNOWN: .*not a rate\(\) expression/,
    );
    expect(status(scan, 'secret-rotated-as-scheduled', 'static')).toMatch(/^NOT_APPLICABLE/);
  });

  it('a denied ListSecrets leaves both rules UNKNOWN, never PASS', async () => {
    const scan = await scanFake(account(), {
      faults: [{ action: 'secretsmanager:ListSecrets', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    for (const ruleId of ['secret-rotation-enabled', 'secret-rotated-as-scheduled']) {
      const findings = scan.findings.filter((f) => f.ruleId === ruleId);
      expect(findings.map((f) => f.status)).toEqual(['UNKNOWN']);
      expect(findings[0]?.message).toMatch(/AccessDenied/);
    }
    expect(scan.incompleteExit).toBe(3);
  });
});
