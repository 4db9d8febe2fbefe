/** Small builders for IAM principals and policies in a fake account (documents as plain JSON). */
import type { GroupDetail, ManagedPolicyDetail, RoleDetail } from '@aws-sdk/client-iam';
import type { FakeAccount, FakeIam } from './account.js';

export const ADMIN_DOCUMENT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

export function documentOf(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

function iamOf(account: FakeAccount): FakeIam {
  return (account.iam ??= { users: [], rootMfaEnabled: true, rootAccessKeysPresent: false });
}

const CREATED = new Date('2025-03-01T00:00:00Z');

export function addRole(
  account: FakeAccount,
  name: string,
  options: { inline?: Record<string, string>; managed?: string[]; trust?: string } = {},
): string {
  const arn = `arn:aws:iam::${account.accountId}:role/${name}`;
  const role: RoleDetail = {
    RoleName: name,
    RoleId: `AROA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    Arn: arn,
    Path: '/',
    CreateDate: CREATED,
    AssumeRolePolicyDocument:
      options.trust ??
      documentOf({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    RolePolicyList: Object.entries(options.inline ?? {}).map(([PolicyName, PolicyDocument]) => ({
      PolicyName,
      PolicyDocument,
    })),
    AttachedManagedPolicies: (options.managed ?? []).map((PolicyArn) => ({
      PolicyArn,
      PolicyName: PolicyArn.split('/').pop(),
    })),
  };
  (iamOf(account).roles ??= []).push(role);
  return arn;
}

export function addGroup(
  account: FakeAccount,
  name: string,
  options: { inline?: Record<string, string>; managed?: string[] } = {},
): string {
  const arn = `arn:aws:iam::${account.accountId}:group/${name}`;
  const group: GroupDetail = {
    GroupName: name,
    GroupId: `AGPA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
    Arn: arn,
    Path: '/',
    CreateDate: CREATED,
    GroupPolicyList: Object.entries(options.inline ?? {}).map(([PolicyName, PolicyDocument]) => ({
      PolicyName,
      PolicyDocument,
    })),
    AttachedManagedPolicies: (options.managed ?? []).map((PolicyArn) => ({
      PolicyArn,
      PolicyName: PolicyArn.split('/').pop(),
    })),
  };
  (iamOf(account).groups ??= []).push(group);
  return arn;
}

/** A managed policy; an `arn:aws:iam::aws:policy/...` name makes it AWS-managed. */
export function addManagedPolicy(
  account: FakeAccount,
  nameOrAwsArn: string,
  document: string,
  attachmentCount: number,
): string {
  const arn = nameOrAwsArn.startsWith('arn:')
    ? nameOrAwsArn
    : `arn:aws:iam::${account.accountId}:policy/${nameOrAwsArn}`;
  const policy: ManagedPolicyDetail = {
    PolicyName: arn.split('/').pop(),
    PolicyId: `ANPA${arn.length}`,
    Arn: arn,
    Path: '/',
    DefaultVersionId: 'v2',
    AttachmentCount: attachmentCount,
    IsAttachable: true,
    CreateDate: CREATED,
    UpdateDate: CREATED,
    PolicyVersionList: [
      { VersionId: 'v2', IsDefaultVersion: true, Document: document, CreateDate: CREATED },
      { VersionId: 'v1', IsDefaultVersion: false, Document: ADMIN_DOCUMENT, CreateDate: CREATED },
    ],
  };
  (iamOf(account).policies ??= []).push(policy);
  return arn;
}
