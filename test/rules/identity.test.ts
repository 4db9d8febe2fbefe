import { describe, expect, it } from 'vitest';
import { unknown } from '../../src/inventory/maybe.js';
import { account, denied, iamUser, liveInventory } from '../support/inventory-builder.js';
import { findingsOf, inventoryCases } from '../support/rule-cases.js';

const strongPolicy = {
  minimumLength: 14,
  reusePrevention: 24,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

inventoryCases('root-mfa-enabled', {
  pass: [{ name: 'root has MFA', inventory: () => liveInventory([account({ rootMfaEnabled: true })]) }],
  fail: [
    {
      name: 'root without MFA',
      message: 'no MFA',
      inventory: () => liveInventory([account({ rootMfaEnabled: false })]),
    },
  ],
  // The live pipeline makes this fact Unknown whenever GetAccountSummary is denied, even when the
  // credential report would pass: test/sources/live/denial.test.ts ('iam account summary only').
  unknown: [
    {
      name: 'root MFA unreadable',
      message: 'iam:GetAccountSummary',
      inventory: () => liveInventory([account({ rootMfaEnabled: denied('iam:GetAccountSummary') })]),
    },
  ],
});

inventoryCases('root-no-access-keys', {
  pass: [
    { name: 'no root keys', inventory: () => liveInventory([account({ rootAccessKeysPresent: false })]) },
  ],
  fail: [
    {
      name: 'root has an access key',
      message: 'has access keys',
      inventory: () => liveInventory([account({ rootAccessKeysPresent: true })]),
    },
  ],
  unknown: [
    {
      // Through the pipeline: test/sources/live/denial.test.ts ('iam account summary only').
      name: 'root access keys unreadable',
      inventory: () => liveInventory([account({ rootAccessKeysPresent: denied('iam:GetAccountSummary') })]),
    },
  ],
});

inventoryCases('iam-password-policy', {
  pass: [
    {
      name: 'CIS-strength policy',
      inventory: () => liveInventory([account({ passwordPolicy: strongPolicy })]),
    },
    {
      name: 'stronger than the minimums',
      inventory: () =>
        liveInventory([account({ passwordPolicy: { ...strongPolicy, minimumLength: 20, maxAgeDays: 365 } })]),
    },
  ],
  fail: [
    {
      name: 'no policy at all',
      message: 'no password policy',
      inventory: () => liveInventory([account({ passwordPolicy: undefined })]),
    },
    {
      name: '13 characters',
      message: 'minimum length 13 < 14',
      inventory: () => liveInventory([account({ passwordPolicy: { ...strongPolicy, minimumLength: 13 } })]),
    },
    {
      name: 'remembers only 5 passwords',
      message: 'remembers 5 passwords < 24',
      inventory: () => liveInventory([account({ passwordPolicy: { ...strongPolicy, reusePrevention: 5 } })]),
    },
    {
      name: 'symbols not required',
      message: 'does not require symbols',
      inventory: () =>
        liveInventory([account({ passwordPolicy: { ...strongPolicy, requireSymbols: false } })]),
    },
    {
      name: 'reuse prevention unset',
      message: 'remembers 0 passwords',
      inventory: () =>
        liveInventory([account({ passwordPolicy: { ...strongPolicy, reusePrevention: undefined } })]),
    },
  ],
  unknown: [
    {
      name: 'GetAccountPasswordPolicy denied',
      inventory: () => liveInventory([account({ passwordPolicy: denied('iam:GetAccountPasswordPolicy') })]),
    },
  ],
});

inventoryCases('iam-users-mfa', {
  pass: [
    {
      name: 'console user with MFA',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: true, mfaActive: true })]),
    },
  ],
  fail: [
    {
      name: 'console user without MFA',
      message: 'no MFA',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: true, mfaActive: false })]),
    },
  ],
  unknown: [
    {
      name: 'credential report unreadable',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: denied('iam:GetCredentialReport') })]),
    },
    {
      name: 'console user whose MFA devices could not be listed',
      inventory: () =>
        liveInventory([iamUser({ hasConsolePassword: true, mfaActive: denied('iam:ListMFADevices') })]),
    },
  ],
  notApplicable: [
    {
      name: 'programmatic-only user (even with unknown MFA)',
      inventory: () =>
        liveInventory([iamUser({ hasConsolePassword: false, mfaActive: unknown('not read') })]),
    },
  ],
});

const key = (id: string, createdAt: string | undefined, active = true) => ({ id, active, createdAt });

inventoryCases('iam-access-keys-rotated', {
  pass: [
    {
      name: 'key created 30 days before the scan',
      message: 'the oldest 30 days old',
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-10-03T06:00:00Z')] })]),
    },
    {
      name: 'exactly 90 days old',
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-08-04T06:00:00Z')] })]),
    },
  ],
  fail: [
    {
      name: 'one of two active keys is 91 days old',
      message: 'AKIA2 (91 days)',
      inventory: () =>
        liveInventory([
          iamUser({
            accessKeys: [key('AKIA1', '2026-10-03T06:00:00Z'), key('AKIA2', '2026-08-03T06:00:00Z')],
          }),
        ]),
    },
    {
      name: 'a stale key beside an undated one still fails',
      inventory: () =>
        liveInventory([
          iamUser({ accessKeys: [key('AKIA1', undefined), key('AKIA2', '2025-01-01T00:00:00Z')] }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'access keys could not be listed',
      inventory: () => liveInventory([iamUser({ accessKeys: denied('iam:ListAccessKeys') })]),
    },
    {
      name: 'creation date missing',
      message: 'AKIA1',
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', undefined)] })]),
    },
    {
      name: 'scan time not recorded',
      message: 'scan time',
      inventory: () =>
        liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-10-03T06:00:00Z')] })], { scannedAt: null }),
    },
  ],
  notApplicable: [
    {
      name: 'only an inactive old key',
      inventory: () =>
        liveInventory([iamUser({ accessKeys: [key('AKIA1', '2020-01-01T00:00:00Z', false)] })]),
    },
  ],
});

describe('live-only identity rules', () => {
  it('do not run on template inventories', async () => {
    const { Inventory } = await import('../../src/inventory/inventory.js');
    const templateInventory = new Inventory([account({ rootMfaEnabled: false })], [], { source: 'template' });
    expect(findingsOf('root-mfa-enabled', templateInventory)).toEqual([]);
  });

  it('measure key age against the scan time, not the clock', () => {
    const user = iamUser({ accessKeys: [key('AKIA1', '2026-10-03T06:00:00Z')] });
    const later = liveInventory([user], { scannedAt: '2027-06-01T00:00:00Z' });
    expect(findingsOf('iam-access-keys-rotated', later)[0].status).toBe('FAIL');
  });
});
