import { describe, expect, it } from 'vitest';
import { account, denied, liveInventory, SCANNED_AT } from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import { scanFake } from '../../sources/live/helpers.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBeforeScan = (days: number) => new Date(Date.parse(SCANNED_AT) - days * DAY_MS).toISOString();

inventoryCases('root-not-recently-used', {
  pass: [
    {
      name: 'no recorded use of root',
      message: 'no use',
      inventory: () => liveInventory([account({ rootLastUsedAt: null })]),
    },
    {
      name: 'last used 90 days before the scan',
      message: '90 days',
      inventory: () => liveInventory([account({ rootLastUsedAt: daysBeforeScan(90) })]),
    },
    {
      name: 'used 20 days before the scan, under a team window of 14 days',
      settings: { rootQuietDays: 14 },
      says: `the root user was last used 20 days before the scan (${daysBeforeScan(20)})`,
      evidence: { rootLastUsedAt: daysBeforeScan(20), windowDays: 14 },
      inventory: () => liveInventory([account({ rootLastUsedAt: daysBeforeScan(20) })]),
    },
  ],
  fail: [
    {
      name: 'used 120 days before the scan, under a team window of 365 days',
      settings: { rootQuietDays: 365 },
      message: '120 days',
      inventory: () => liveInventory([account({ rootLastUsedAt: daysBeforeScan(120) })]),
    },
    {
      name: 'used 89 days before the scan (the window is measured from scannedAt, not the clock)',
      message: '89 days',
      inventory: () => liveInventory([account({ rootLastUsedAt: daysBeforeScan(89.5) })]),
    },
    {
      name: 'used on the day of the scan',
      message: '0 days',
      inventory: () => liveInventory([account({ rootLastUsedAt: daysBeforeScan(0.1) })]),
    },
  ],
  unknown: [
    {
      name: 'the credential report was denied',
      message: 'iam:GetCredentialReport',
      inventory: () => liveInventory([account({ rootLastUsedAt: denied('iam:GetCredentialReport') })]),
    },
    {
      name: 'root usage never read',
      message: 'not read',
      inventory: () => liveInventory([account({})]),
    },
    {
      name: 'no scan time to measure from',
      message: 'scan time',
      inventory: () => liveInventory([account({ rootLastUsedAt: null })], { scannedAt: null }),
    },
  ],
});

inventoryCases('account-in-organization', {
  pass: [
    {
      name: 'a member of an organization',
      message: 'o-exampleorgid',
      inventory: () => liveInventory([account({ organizationId: 'o-exampleorgid' })]),
    },
  ],
  fail: [
    {
      name: 'in no organization',
      message: 'no AWS Organization',
      inventory: () => liveInventory([account({ organizationId: null })]),
    },
  ],
  unknown: [
    {
      name: 'DescribeOrganization was denied',
      message: 'organizations:DescribeOrganization',
      inventory: () =>
        liveInventory([account({ organizationId: denied('organizations:DescribeOrganization') })]),
    },
    {
      name: 'never read',
      message: 'not read',
      inventory: () => liveInventory([account({})]),
    },
  ],
});

inventoryCases('security-contact-registered', {
  pass: [
    {
      name: 'a security contact',
      message: 'security@example.com',
      inventory: () => liveInventory([account({ securityContactEmail: 'security@example.com' })]),
    },
  ],
  fail: [
    {
      name: 'none registered',
      message: 'no security alternate contact',
      inventory: () => liveInventory([account({ securityContactEmail: null })]),
    },
  ],
  unknown: [
    {
      name: 'GetAlternateContact was denied',
      message: 'account:GetAlternateContact',
      inventory: () =>
        liveInventory([account({ securityContactEmail: denied('account:GetAlternateContact') })]),
    },
    {
      name: 'never read',
      message: 'not read',
      inventory: () => liveInventory([account({})]),
    },
  ],
});

const RULES = ['root-not-recently-used', 'account-in-organization', 'security-contact-registered'];
const CONTACT = {
  EmailAddress: 'security@example.com',
  Name: 'Security team',
  PhoneNumber: '+1 555 0100',
  Title: 'SecOps',
};

function fake(settings: {
  rootUsedDaysAgo?: number;
  inOrganization: boolean;
  securityContact: boolean;
}): FakeAccount {
  return emptyAccount({
    iam: {
      users: [],
      rootMfaEnabled: true,
      rootAccessKeysPresent: false,
      ...(settings.rootUsedDaysAgo === undefined
        ? {}
        : { rootPasswordLastUsed: new Date(Date.now() - settings.rootUsedDaysAgo * DAY_MS) }),
    },
    ...(settings.inOrganization
      ? { memberOf: { organizationId: 'o-a1b2c3d4e5', managementAccountId: '999988887777' } }
      : {}),
    ...(settings.securityContact ? { alternateContacts: { SECURITY: CONTACT } } : {}),
  });
}

async function verdicts(account: FakeAccount, deny: string[] = []) {
  const scan = await scanFake(account, {
    faults: deny.map((action) => ({ action, kind: 'AccessDenied' as const })),
    live: { maxAttempts: 1 },
  });
  const byRule = Object.fromEntries(
    RULES.map((id) => {
      const finding = scan.findings.find((f) => f.ruleId === id);
      return [id, `${finding?.status}: ${finding?.message}`];
    }),
  );
  return { byRule, incompleteExit: scan.incompleteExit };
}

describe('root usage, organization and security contact over the wire', () => {
  it('reads each from the loopback AWS: PASS when set, FAIL when not', async () => {
    const good = await verdicts(fake({ rootUsedDaysAgo: 200, inOrganization: true, securityContact: true }));
    expect(good.byRule['root-not-recently-used']).toMatch(/^PASS: .*200 days/);
    expect(good.byRule['account-in-organization']).toMatch(/^PASS: .*o-a1b2c3d4e5/);
    expect(good.byRule['security-contact-registered']).toMatch(/^PASS: .*security@example\.com/);

    const bad = await verdicts(fake({ rootUsedDaysAgo: 3, inOrganization: false, securityContact: false }));
    expect(bad.byRule['root-not-recently-used']).toMatch(/^FAIL: .*3 days/);
    expect(bad.byRule['account-in-organization']).toMatch(/^FAIL/);
    expect(bad.byRule['security-contact-registered']).toMatch(/^FAIL/);
  });

  it('a root user never used passes', async () => {
    const quiet = await verdicts(fake({ inOrganization: true, securityContact: true }));
    expect(quiet.byRule['root-not-recently-used']).toMatch(/^PASS: .*no use/);
  });

  it('denied calls are UNKNOWN naming the denial, never PASS, and the run is incomplete', async () => {
    const denied = await verdicts(
      fake({ rootUsedDaysAgo: 200, inOrganization: true, securityContact: true }),
      ['iam:GetCredentialReport', 'organizations:DescribeOrganization', 'account:GetAlternateContact'],
    );
    expect(denied.byRule['root-not-recently-used']).toMatch(/^UNKNOWN: .*AccessDenied/);
    expect(denied.byRule['account-in-organization']).toMatch(/^UNKNOWN: .*AccessDenied/);
    expect(denied.byRule['security-contact-registered']).toMatch(/^UNKNOWN: .*AccessDenied/);
    expect(denied.incompleteExit).toBe(3);
  });
});
