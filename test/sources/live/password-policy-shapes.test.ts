/**
 * The password policy through the live pipeline, one shortcoming at a time
 * (issue 12): the sample's weak policy is both short and without reuse
 * prevention, so a normalizer misreading only one of them would still fail it.
 */
import type { PasswordPolicy } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { emptyAccount } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const STRONG: PasswordPolicy = {
  MinimumPasswordLength: 14,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  PasswordReusePrevention: 24,
};

async function verdict(passwordPolicy: PasswordPolicy | undefined): Promise<string> {
  const account = emptyAccount({
    iam: { users: [], passwordPolicy, rootMfaEnabled: true, rootAccessKeysPresent: false },
  });
  const scan = await scanFake(account);
  const finding = scan.findings.find((f) => f.ruleId === 'iam-password-policy');
  return `${finding?.status}: ${finding?.message}`;
}

describe('IAM password policy, live', () => {
  it('PASSes the CIS minimums and FAILs each single shortcoming, naming it', async () => {
    expect(await verdict(STRONG)).toMatch(/^PASS/);
    expect(await verdict({ ...STRONG, MinimumPasswordLength: 13 })).toBe(
      'FAIL: the password policy is too weak: minimum length 13 < 14',
    );
    expect(await verdict({ ...STRONG, PasswordReusePrevention: 23 })).toBe(
      'FAIL: the password policy is too weak: remembers 23 passwords < 24',
    );
    expect(await verdict({ ...STRONG, RequireSymbols: false })).toBe(
      'FAIL: the password policy is too weak: does not require symbols',
    );
    expect(await verdict({ ...STRONG, RequireUppercaseCharacters: false })).toBe(
      'FAIL: the password policy is too weak: does not require uppercase letters',
    );
    expect(await verdict({ ...STRONG, RequireLowercaseCharacters: false })).toBe(
      'FAIL: the password policy is too weak: does not require lowercase letters',
    );
    expect(await verdict({ ...STRONG, RequireNumbers: false })).toBe(
      'FAIL: the password policy is too weak: does not require numbers',
    );
    expect(await verdict(undefined)).toMatch(/^FAIL: the account has no password policy/);
  });
});
