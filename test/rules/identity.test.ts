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
  pass: [
    {
      name: 'root has MFA',
      says: 'the root user has MFA',
      evidence: { rootMfaEnabled: true },
      inventory: () => liveInventory([account({ rootMfaEnabled: true })]),
    },
  ],
  fail: [
    {
      name: 'root without MFA',
      says: 'the root user has no MFA device',
      evidence: { rootMfaEnabled: false },
      message: 'no MFA',
      inventory: () => liveInventory([account({ rootMfaEnabled: false })]),
    },
  ],
  // The live pipeline makes this fact Unknown whenever GetAccountSummary is denied, even when the
  // credential report would pass: test/sources/live/denial.test.ts ('iam account summary only').
  unknown: [
    {
      name: 'root MFA unreadable',
      says: 'iam:GetAccountSummary: AccessDenied',
      evidence: {},
      message: 'iam:GetAccountSummary',
      inventory: () => liveInventory([account({ rootMfaEnabled: denied('iam:GetAccountSummary') })]),
    },
  ],
});

inventoryCases('root-no-access-keys', {
  pass: [
    {
      name: 'no root keys',
      says: 'the root user has no access keys',
      evidence: { rootAccessKeysPresent: false },
      inventory: () => liveInventory([account({ rootAccessKeysPresent: false })]),
    },
  ],
  fail: [
    {
      name: 'root has an access key',
      says: 'the root user has access keys',
      evidence: { rootAccessKeysPresent: true },
      message: 'has access keys',
      inventory: () => liveInventory([account({ rootAccessKeysPresent: true })]),
    },
  ],
  unknown: [
    {
      // Through the pipeline: test/sources/live/denial.test.ts ('iam account summary only').
      name: 'root access keys unreadable',
      says: 'iam:GetAccountSummary: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([account({ rootAccessKeysPresent: denied('iam:GetAccountSummary') })]),
    },
  ],
});

inventoryCases('iam-password-policy', {
  pass: [
    {
      name: 'CIS-strength policy',
      says: 'the password policy meets length, complexity and reuse minimums',
      evidence: {
        passwordPolicy: {
          minimumLength: 14,
          reusePrevention: 24,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: true,
        },
      },
      inventory: () => liveInventory([account({ passwordPolicy: strongPolicy })]),
    },
    {
      name: 'stronger than the minimums',
      says: 'the password policy meets length, complexity and reuse minimums',
      evidence: {
        passwordPolicy: {
          minimumLength: 20,
          reusePrevention: 24,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: true,
          maxAgeDays: 365,
        },
      },
      inventory: () =>
        liveInventory([account({ passwordPolicy: { ...strongPolicy, minimumLength: 20, maxAgeDays: 365 } })]),
    },
  ],
  fail: [
    {
      name: 'every weakness is named',
      says: 'the password policy is too weak: minimum length 8 < 14; remembers 0 passwords < 24; does not require uppercase letters; does not require lowercase letters; does not require numbers; does not require symbols',
      evidence: {
        passwordPolicy: {
          minimumLength: 8,
          requireUppercase: false,
          requireLowercase: false,
          requireNumbers: false,
          requireSymbols: false,
        },
      },
      inventory: () =>
        liveInventory([
          account({
            passwordPolicy: {
              minimumLength: 8,
              requireUppercase: false,
              requireLowercase: false,
              requireNumbers: false,
              requireSymbols: false,
            },
          }),
        ]),
    },
    {
      name: 'no policy at all',
      says: 'the account has no password policy (IAM then accepts any 8-character password)',
      evidence: { passwordPolicy: null },
      message: 'no password policy',
      inventory: () => liveInventory([account({ passwordPolicy: undefined })]),
    },
    {
      name: '13 characters',
      says: 'the password policy is too weak: minimum length 13 < 14',
      evidence: {
        passwordPolicy: {
          minimumLength: 13,
          reusePrevention: 24,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: true,
        },
      },
      message: 'minimum length 13 < 14',
      inventory: () => liveInventory([account({ passwordPolicy: { ...strongPolicy, minimumLength: 13 } })]),
    },
    {
      name: 'remembers only 5 passwords',
      says: 'the password policy is too weak: remembers 5 passwords < 24',
      evidence: {
        passwordPolicy: {
          minimumLength: 14,
          reusePrevention: 5,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: true,
        },
      },
      message: 'remembers 5 passwords < 24',
      inventory: () => liveInventory([account({ passwordPolicy: { ...strongPolicy, reusePrevention: 5 } })]),
    },
    {
      name: 'symbols not required',
      says: 'the password policy is too weak: does not require symbols',
      evidence: {
        passwordPolicy: {
          minimumLength: 14,
          reusePrevention: 24,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: false,
        },
      },
      message: 'does not require symbols',
      inventory: () =>
        liveInventory([account({ passwordPolicy: { ...strongPolicy, requireSymbols: false } })]),
    },
    {
      name: 'reuse prevention unset',
      says: 'the password policy is too weak: remembers 0 passwords < 24',
      evidence: {
        passwordPolicy: {
          minimumLength: 14,
          requireUppercase: true,
          requireLowercase: true,
          requireNumbers: true,
          requireSymbols: true,
        },
      },
      message: 'remembers 0 passwords',
      inventory: () =>
        liveInventory([account({ passwordPolicy: { ...strongPolicy, reusePrevention: undefined } })]),
    },
  ],
  unknown: [
    {
      name: 'GetAccountPasswordPolicy denied',
      says: 'iam:GetAccountPasswordPolicy: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([account({ passwordPolicy: denied('iam:GetAccountPasswordPolicy') })]),
    },
  ],
});

inventoryCases('iam-users-mfa', {
  pass: [
    {
      name: 'console user with MFA',
      says: 'console user has an MFA device',
      evidence: { hasConsolePassword: true, mfaActive: true },
      inventory: () => liveInventory([iamUser({ hasConsolePassword: true, mfaActive: true })]),
    },
  ],
  fail: [
    {
      name: 'console user without MFA',
      says: 'console user has no MFA device',
      evidence: { hasConsolePassword: true, mfaActive: false },
      message: 'no MFA',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: true, mfaActive: false })]),
    },
  ],
  unknown: [
    {
      name: 'credential report unreadable',
      says: 'iam:GetCredentialReport: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([iamUser({ hasConsolePassword: denied('iam:GetCredentialReport') })]),
    },
    {
      name: 'console user whose MFA devices could not be listed',
      says: 'iam:ListMFADevices: AccessDenied',
      evidence: {},
      inventory: () =>
        liveInventory([iamUser({ hasConsolePassword: true, mfaActive: denied('iam:ListMFADevices') })]),
    },
  ],
  notApplicable: [
    {
      name: 'programmatic-only user (even with unknown MFA)',
      says: 'no console password',
      evidence: { hasConsolePassword: false },
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
      says: '1 active key(s), the oldest 30 days old',
      evidence: {
        scannedAt: '2026-11-02T06:00:00.000Z',
        maxAgeDays: 90,
        keys: [{ id: 'AKIA1', createdAt: '2026-10-03T06:00:00Z', ageDays: 30 }],
      },
      message: 'the oldest 30 days old',
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-10-03T06:00:00Z')] })]),
    },
    {
      name: 'exactly 90 days old',
      says: '1 active key(s), the oldest 90 days old',
      evidence: {
        scannedAt: '2026-11-02T06:00:00.000Z',
        maxAgeDays: 90,
        keys: [{ id: 'AKIA1', createdAt: '2026-08-04T06:00:00Z', ageDays: 90 }],
      },
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-08-04T06:00:00Z')] })]),
    },
    {
      name: 'a 120-day-old key, under a team policy of 180 days',
      settings: { maxKeyAgeDays: 180 },
      says: '1 active key(s), the oldest 120 days old',
      evidence: {
        scannedAt: '2026-11-02T06:00:00.000Z',
        maxAgeDays: 180,
        keys: [{ id: 'AKIA1', createdAt: '2026-07-05T06:00:00Z', ageDays: 120 }],
      },
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-07-05T06:00:00Z')] })]),
    },
  ],
  fail: [
    {
      name: 'a 31-day-old key, under a team policy of 30 days',
      settings: { maxKeyAgeDays: 30 },
      says: 'active access key(s) older than 30 days: AKIA1 (31 days)',
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-10-02T06:00:00Z')] })]),
    },
    {
      name: 'one of two active keys is 91 days old',
      says: 'active access key(s) older than 90 days: AKIA2 (91 days)',
      evidence: {
        scannedAt: '2026-11-02T06:00:00.000Z',
        maxAgeDays: 90,
        keys: [
          { id: 'AKIA1', createdAt: '2026-10-03T06:00:00Z', ageDays: 30 },
          { id: 'AKIA2', createdAt: '2026-08-03T06:00:00Z', ageDays: 91 },
        ],
      },
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
      says: 'active access key(s) older than 90 days: AKIA2 (670 days)',
      evidence: {
        scannedAt: '2026-11-02T06:00:00.000Z',
        maxAgeDays: 90,
        keys: [
          { id: 'AKIA1', createdAt: null, ageDays: null },
          { id: 'AKIA2', createdAt: '2025-01-01T00:00:00Z', ageDays: 670 },
        ],
      },
      inventory: () =>
        liveInventory([
          iamUser({ accessKeys: [key('AKIA1', undefined), key('AKIA2', '2025-01-01T00:00:00Z')] }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'access keys could not be listed',
      says: 'iam:ListAccessKeys: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([iamUser({ accessKeys: denied('iam:ListAccessKeys') })]),
    },
    {
      name: 'creation date missing',
      says: 'creation date of access key AKIA1 is unknown',
      evidence: {
        scannedAt: '2026-11-02T06:00:00.000Z',
        maxAgeDays: 90,
        keys: [{ id: 'AKIA1', createdAt: null, ageDays: null }],
      },
      message: 'AKIA1',
      inventory: () => liveInventory([iamUser({ accessKeys: [key('AKIA1', undefined)] })]),
    },
    {
      name: 'scan time not recorded',
      says: 'the scan time is not recorded, so key ages cannot be computed',
      evidence: {},
      message: 'scan time',
      inventory: () =>
        liveInventory([iamUser({ accessKeys: [key('AKIA1', '2026-10-03T06:00:00Z')] })], { scannedAt: null }),
    },
  ],
  notApplicable: [
    {
      name: 'only an inactive old key',
      says: 'no active access keys',
      evidence: { activeKeys: 0 },
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
