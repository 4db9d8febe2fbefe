import { denied, iamUser, liveInventory } from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';

// The builder's scan time is 2026-11-02T06:00:00Z.
inventoryCases('iam-users-all-mfa', {
  pass: [{ name: 'a device', inventory: () => liveInventory([iamUser({ mfaActive: true })]) }],
  fail: [
    {
      name: 'an API-only user without a device',
      message: 'no MFA device',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: false, mfaActive: false })]),
    },
  ],
  unknown: [
    {
      name: 'devices unreadable',
      inventory: () => liveInventory([iamUser({ mfaActive: denied('iam:ListMFADevices') })]),
    },
  ],
});

inventoryCases('iam-unused-credentials', {
  pass: [
    {
      name: 'a password used last week and a key used yesterday',
      inventory: () =>
        liveInventory([
          iamUser({
            hasConsolePassword: true,
            passwordLastUsedAt: '2026-10-25T00:00:00Z',
            accessKeys: [
              {
                id: 'AKIA1',
                active: true,
                createdAt: '2024-01-01T00:00:00Z',
                lastUsedAt: '2026-10-31T00:00:00Z',
              },
            ],
          }),
        ]),
    },
    {
      name: 'an old key that is inactive does not count',
      inventory: () =>
        liveInventory([
          iamUser({
            hasConsolePassword: true,
            passwordLastUsedAt: '2026-10-25T00:00:00Z',
            accessKeys: [{ id: 'AKIA1', active: false, createdAt: '2023-01-01T00:00:00Z' }],
          }),
        ]),
    },
    {
      name: 'a key last used 120 days ago, under a team policy of 180 days',
      settings: { maxUnusedDays: 180 },
      says: 'every credential was used in the last 180 days',
      inventory: () =>
        liveInventory([
          iamUser({
            accessKeys: [
              {
                id: 'AKIA1',
                active: true,
                createdAt: '2024-01-01T00:00:00Z',
                lastUsedAt: '2026-07-04T00:00:00Z',
              },
            ],
          }),
        ]),
    },
  ],
  fail: [
    {
      name: 'a key last used 120 days ago',
      message: 'access key AKIA1 (last used',
      inventory: () =>
        liveInventory([
          iamUser({
            accessKeys: [
              {
                id: 'AKIA1',
                active: true,
                createdAt: '2024-01-01T00:00:00Z',
                lastUsedAt: '2026-07-04T00:00:00Z',
              },
            ],
          }),
        ]),
    },
    {
      name: "a password last used 50 days ago, under a team policy of 45 days (Prowler's default)",
      settings: { maxUnusedDays: 45 },
      says: 'unused for over 45 days: console password (last used 50 days ago)',
      evidence: {
        maxUnusedDays: 45,
        stale: ['console password (last used 50 days ago)'],
        undated: [],
      },
      inventory: () =>
        liveInventory([iamUser({ hasConsolePassword: true, passwordLastUsedAt: '2026-09-13T06:00:00Z' })]),
    },
    {
      name: 'a password never used, created a year ago',
      message: 'never used, created',
      inventory: () =>
        liveInventory([
          iamUser({
            hasConsolePassword: true,
            passwordLastUsedAt: undefined,
            createdAt: '2025-11-01T00:00:00Z',
          }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'the credential report was denied',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: denied('iam:GetCredentialReport') })]),
    },
    {
      name: 'a never-used password of a user whose creation date is unknown',
      message: 'console password',
      inventory: () => liveInventory([iamUser({ hasConsolePassword: true, passwordLastUsedAt: undefined })]),
    },
  ],
  notApplicable: [{ name: 'no password and no active key', inventory: () => liveInventory([iamUser()]) }],
});
