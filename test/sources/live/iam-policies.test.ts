/**
 * IAM principals and policies over the wire: GetAccountAuthorizationDetails
 * (one paginated call), the attached AWS-managed policies and their default
 * versions, and what the identity rules make of them; denials make them UNKNOWN.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount } from '../../support/aws-server/index.js';
import {
  ADMIN_DOCUMENT,
  addGroup,
  addManagedPolicy,
  addRole,
  documentOf,
} from '../../support/aws-server/iam-fixtures.js';
import { scanFake, type FakeScan } from './helpers.js';

const ACCOUNT = '111122223333';
const READ_ONLY = documentOf({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' });

function account(): FakeAccount {
  const fake = emptyAccount({ accountId: ACCOUNT });
  addRole(fake, 'app', {
    inline: { everything: ADMIN_DOCUMENT },
    managed: ['arn:aws:iam::aws:policy/AmazonBedrockFullAccess'],
  });
  addRole(fake, 'reader', { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] });
  addGroup(fake, 'devs', { managed: [`arn:aws:iam::${ACCOUNT}:policy/used`] });
  addGroup(fake, 'empty');
  addManagedPolicy(fake, 'used', READ_ONLY, 1);
  addManagedPolicy(fake, 'unused', READ_ONLY, 0);
  addManagedPolicy(fake, 'arn:aws:iam::aws:policy/AdministratorAccess', ADMIN_DOCUMENT, 1);
  addManagedPolicy(fake, 'arn:aws:iam::aws:policy/ReadOnlyAccess', READ_ONLY, 1);
  addManagedPolicy(fake, 'arn:aws:iam::aws:policy/AmazonBedrockFullAccess', READ_ONLY, 1);
  addManagedPolicy(fake, 'arn:aws:iam::aws:policy/NeverAttached', ADMIN_DOCUMENT, 0);
  const user = (name: string) => ({
    UserName: name,
    UserId: `AIDA${name.toUpperCase()}`,
    Arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    Path: '/',
    CreateDate: new Date('2025-01-01T00:00:00Z'),
  });
  fake.iam!.users.push(
    { user: user('alice'), groups: ['devs'] },
    {
      user: user('bob'),
      attachedPolicies: [
        { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
      ],
      inlinePolicies: [
        {
          PolicyName: 'escalate',
          PolicyDocument: documentOf({ Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: '*' }),
        },
      ],
    },
  );
  return fake;
}

function status(scan: FakeScan, ruleId: string, id: string): string {
  const finding = scan.findings.find((f) => f.ruleId === ruleId && f.resource.id === id);
  return finding
    ? `${finding.status}: ${finding.message}`
    : `no finding (${scan.findings
        .filter((f) => f.ruleId === ruleId)
        .map((f) => f.resource.id)
        .join(', ')})`;
}

const arn = (kind: string, name: string) => `arn:aws:iam::${ACCOUNT}:${kind}/${name}`;
const AWS_ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

describe('IAM principals and policies from a live account', () => {
  it('reads them with one account-level call and judges each', async () => {
    const scan = await scanFake(account());
    const calls = scan.snapshot.calls.map((call) => call.action);
    expect(calls.filter((action) => action === 'GetAccountAuthorizationDetails')).toHaveLength(1);
    // One GetPolicyVersion per attached AWS-managed policy, none for the unattached one or customer policies.
    expect(calls.filter((action) => action === 'GetPolicyVersion')).toHaveLength(3);

    expect(status(scan, 'iam-no-admin-policy', arn('role', 'app'))).toMatch(/^FAIL: inline everything/);
    expect(status(scan, 'iam-no-admin-policy', AWS_ADMIN)).toMatch(/^FAIL/);
    expect(status(scan, 'iam-no-admin-policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess')).toMatch(/^PASS/);
    // Only the default version counts (v1 of every fixture policy is *:*).
    expect(status(scan, 'iam-no-admin-policy', arn('policy', 'used'))).toMatch(/^PASS/);
    expect(scan.findings.some((f) => f.resource.id.endsWith('NeverAttached'))).toBe(false);

    expect(status(scan, 'iam-no-inline-policies', arn('role', 'app'))).toMatch(
      /^FAIL: inline policies: everything/,
    );
    expect(status(scan, 'iam-no-inline-policies', arn('role', 'reader'))).toMatch(/^PASS/);
    expect(status(scan, 'iam-inline-no-privilege-escalation', arn('user', 'bob'))).toMatch(
      /^FAIL: .*iam:CreatePolicyVersion/,
    );
    expect(status(scan, 'iam-users-no-direct-policies', arn('user', 'bob'))).toMatch(/^FAIL/);
    expect(status(scan, 'iam-users-no-direct-policies', arn('user', 'alice'))).toMatch(/^PASS/);
    expect(status(scan, 'iam-user-in-group', arn('user', 'alice'))).toMatch(/^PASS: member of devs/);
    expect(status(scan, 'iam-user-in-group', arn('user', 'bob'))).toMatch(/^FAIL/);
    expect(status(scan, 'iam-group-not-empty', arn('group', 'devs'))).toMatch(/^PASS/);
    expect(status(scan, 'iam-group-not-empty', arn('group', 'empty'))).toMatch(/^FAIL/);
    expect(status(scan, 'iam-customer-policy-attached', arn('policy', 'unused'))).toMatch(/^FAIL/);
    expect(status(scan, 'iam-customer-policy-attached', arn('policy', 'used'))).toMatch(/^PASS/);
    expect(status(scan, 'iam-no-bedrock-full-access', arn('role', 'app'))).toMatch(/^FAIL/);
    expect(status(scan, 'iam-no-bedrock-full-access', arn('role', 'reader'))).toMatch(/^PASS/);
  });

  it('a denied GetAccountAuthorizationDetails leaves principals and policies UNKNOWN, never PASS', async () => {
    const scan = await scanFake(account(), {
      faults: [{ action: 'iam:GetAccountAuthorizationDetails', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    for (const ruleId of ['iam-user-in-group', 'iam-users-no-direct-policies', 'iam-no-inline-policies']) {
      expect(status(scan, ruleId, arn('user', 'alice'))).toMatch(/^UNKNOWN: .*AccessDenied/);
    }
    const groupFindings = scan.findings.filter((f) => f.ruleId === 'iam-group-not-empty');
    expect(groupFindings.map((f) => f.status)).toEqual(['UNKNOWN']);
    expect(
      scan.findings
        .filter((f) => f.ruleId.startsWith('iam-') && f.resource.type !== 'iam-policy' && f.status === 'PASS')
        .map((f) => f.ruleId)
        .filter((id) => !['iam-users-mfa', 'iam-access-keys-rotated', 'iam-password-policy'].includes(id)),
    ).toEqual([]);
    expect(scan.incompleteExit).toBe(3);
  });

  it('a denied GetPolicyVersion leaves the attached AWS-managed policies UNKNOWN', async () => {
    const scan = await scanFake(account(), {
      faults: [{ action: 'iam:GetPolicyVersion', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    expect(status(scan, 'iam-no-admin-policy', AWS_ADMIN)).toMatch(/^UNKNOWN: .*AccessDenied/);
    expect(status(scan, 'iam-no-admin-policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess')).toMatch(/^UNKNOWN/);
    // Customer-managed documents come with the authorization details and are still judged.
    expect(status(scan, 'iam-no-admin-policy', arn('policy', 'used'))).toMatch(/^PASS/);
  });

  it('a denied ListPolicies is a gap in the policies: the admin check is UNKNOWN for it, customer policies are still judged', async () => {
    const scan = await scanFake(account(), {
      faults: [{ action: 'iam:ListPolicies', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    const gaps = scan.result.inventory.gaps.filter((gap) => gap.resourceType === 'iam-policy');
    expect(gaps.map((gap) => gap.action)).toEqual(['iam:ListPolicies']);
    const admin = scan.findings.filter(
      (f) => f.ruleId === 'iam-no-admin-policy' && f.resource.type === 'iam-policy',
    );
    expect(admin.some((f) => f.status === 'UNKNOWN' && /ListPolicies.*AccessDenied/.test(f.message))).toBe(
      true,
    );
    expect(admin.filter((f) => f.resource.id.startsWith('arn:aws:iam::aws:'))).toEqual([]);
    expect(status(scan, 'iam-no-admin-policy', arn('policy', 'used'))).toMatch(/^PASS/);
  });
});
