import { describe, expect, it } from 'vitest';
import { account, denied, liveInventory } from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';
import { emptyAccount } from '../../support/aws-server/index.js';
import { scanFake } from '../../sources/live/helpers.js';

inventoryCases('root-hardware-mfa', {
  pass: [
    {
      name: 'MFA and no virtual device of root',
      inventory: () => liveInventory([account({ rootMfaEnabled: true, rootVirtualMfa: false })]),
    },
  ],
  fail: [
    {
      name: 'a virtual MFA device',
      message: 'virtual device',
      inventory: () => liveInventory([account({ rootMfaEnabled: true, rootVirtualMfa: true })]),
    },
    {
      name: 'no MFA at all, whatever the device list says',
      message: 'no MFA device at all',
      inventory: () =>
        liveInventory([
          account({ rootMfaEnabled: false, rootVirtualMfa: denied('iam:ListVirtualMFADevices') }),
        ]),
    },
  ],
  unknown: [
    {
      name: 'the virtual device list was denied',
      message: 'iam:ListVirtualMFADevices',
      inventory: () =>
        liveInventory([
          account({ rootMfaEnabled: true, rootVirtualMfa: denied('iam:ListVirtualMFADevices') }),
        ]),
    },
    {
      name: 'the virtual device list was never read',
      inventory: () => liveInventory([account({ rootMfaEnabled: true })]),
    },
  ],
});

describe('root-hardware-mfa, live', () => {
  const rootWith = (rootVirtualMfa: boolean) =>
    emptyAccount({ iam: { users: [], rootMfaEnabled: true, rootAccessKeysPresent: false, rootVirtualMfa } });
  const verdict = async (fake: ReturnType<typeof rootWith>, deny = false) => {
    const scan = await scanFake(fake, {
      ...(deny ? { faults: [{ action: 'iam:ListVirtualMFADevices', kind: 'AccessDenied' as const }] } : {}),
      live: { maxAttempts: 1 },
    });
    const finding = scan.findings.find((f) => f.ruleId === 'root-hardware-mfa');
    return `${finding?.status}: ${finding?.message}`;
  };

  it('reads the assigned virtual MFA devices', async () => {
    expect(await verdict(rootWith(true))).toMatch(/^FAIL: .*virtual/);
    expect(await verdict(rootWith(false))).toMatch(/^PASS/);
  });

  it('a denied ListVirtualMFADevices is UNKNOWN, never PASS', async () => {
    expect(await verdict(rootWith(false), true)).toMatch(/^UNKNOWN: .*AccessDenied/);
  });
});
