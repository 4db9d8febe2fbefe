/**
 * Roles, groups and managed policies from GetAccountAuthorizationDetails (and
 * the attached AWS-managed policies' documents), and the policy facts of each
 * user, which the user normalizer adds to the users it lists.
 */
import { decodeLiveDocument, policyStatements } from '../../../../inventory/facts/iam-policy-document.js';
import { policyStatements as resourcePolicyStatements } from '../../../../inventory/facts/policy-statements.js';
import { isUnknown, unknown, type Maybe, type Unknown } from '../../../../inventory/maybe.js';
import type {
  IamPrincipalPolicies,
  IamStatement,
  InlinePolicy,
  PolicyStatement,
} from '../../../../inventory/model.js';
import { allPages, type Json, type Output } from '../../normalize/raw.js';
import type { GetAccountAuthorizationDetailsCommandOutput } from '@aws-sdk/client-iam';
import {
  GET_ACCOUNT_AUTHORIZATION_DETAILS,
  GET_POLICY_VERSION,
  LIST_ATTACHED_AWS_POLICIES,
} from './calls.js';

type Details = Json<GetAccountAuthorizationDetailsCommandOutput>;
type RawInline = { PolicyName?: string; PolicyDocument?: string };
type RawAttached = { PolicyArn?: string };

export interface PrincipalFacts {
  /** The policy facts of one user; Unknown when the details were not read for it. */
  user(userName: string): IamPrincipalPolicies & { groupNames: Maybe<string[]> };
}

function inline(list: readonly RawInline[] | undefined, owner: string): InlinePolicy[] {
  return (list ?? []).map((policy) => {
    const name = policy.PolicyName ?? '(unnamed)';
    const place = `inline policy ${name} of ${owner}`;
    return { name, statements: policyStatements(decodeLiveDocument(policy.PolicyDocument, place), place) };
  });
}

/** A role's trust policy (URL-encoded JSON in GetAccountAuthorizationDetails), read as a resource policy. */
function trustOf(document: string | undefined, roleName: string): Maybe<PolicyStatement[]> {
  const place = `trust policy of role ${roleName}`;
  const decoded = decodeLiveDocument(document, place);
  return isUnknown(decoded) ? decoded : resourcePolicyStatements(decoded, place);
}

function attached(list: readonly RawAttached[] | undefined): string[] {
  return (list ?? []).flatMap((policy) => (policy.PolicyArn ? [policy.PolicyArn] : []));
}

export function normalizeIamPolicies(out: Output): PrincipalFacts {
  const types = ['iam-role', 'iam-group', 'iam-policy'] as const;
  const pages = out.list(GET_ACCOUNT_AUTHORIZATION_DETAILS, types, undefined, { gapRegion: undefined });
  const whole = allPages(out, GET_ACCOUNT_AUTHORIZATION_DETAILS, undefined);
  const failure: Unknown | undefined = whole.unknown;
  const details = pages as Details[];

  for (const role of details.flatMap((page) => page.RoleDetailList ?? [])) {
    if (!role.RoleName) continue;
    out.add({
      type: 'iam-role',
      id: role.Arn ?? role.RoleName,
      arn: role.Arn,
      name: role.RoleName,
      region: 'global',
      origin: out.origin,
      managedPolicyArns: attached(role.AttachedManagedPolicies),
      inlinePolicies: inline(role.RolePolicyList, `role ${role.RoleName}`),
      trustStatements: trustOf(role.AssumeRolePolicyDocument, role.RoleName),
    });
  }

  const users = new Map(
    details.flatMap((page) => page.UserDetailList ?? []).map((user) => [user.UserName ?? '', user]),
  );
  const members = new Map<string, string[]>();
  for (const user of users.values()) {
    for (const group of user.GroupList ?? [])
      members.set(group, [...(members.get(group) ?? []), user.UserName ?? '']);
  }
  for (const group of details.flatMap((page) => page.GroupDetailList ?? [])) {
    if (!group.GroupName) continue;
    out.add({
      type: 'iam-group',
      id: group.Arn ?? group.GroupName,
      arn: group.Arn,
      name: group.GroupName,
      region: 'global',
      origin: out.origin,
      // A user on a page that was not read may be a member.
      memberNames: failure
        ? (members.get(group.GroupName) ?? []).length > 0
          ? (members.get(group.GroupName) as string[])
          : failure
        : (members.get(group.GroupName) ?? []),
      managedPolicyArns: attached(group.AttachedManagedPolicies),
      inlinePolicies: inline(group.GroupPolicyList, `group ${group.GroupName}`),
    });
  }

  for (const policy of details.flatMap((page) => page.Policies ?? [])) {
    if (!policy.Arn) continue;
    const version = (policy.PolicyVersionList ?? []).find((candidate) => candidate.IsDefaultVersion);
    const place = `policy ${policy.PolicyName ?? policy.Arn}`;
    out.add({
      type: 'iam-policy',
      id: policy.Arn,
      arn: policy.Arn,
      name: policy.PolicyName ?? policy.Arn,
      region: 'global',
      origin: out.origin,
      kind: 'customer-managed',
      statements: version
        ? policyStatements(decodeLiveDocument(version.Document, place), place)
        : unknown(`${place}: its default version was not returned`),
      attachmentCount:
        typeof policy.AttachmentCount === 'number'
          ? policy.AttachmentCount
          : unknown(`${place}: no AttachmentCount was returned`),
    });
  }

  const awsPolicies = out
    .list(LIST_ATTACHED_AWS_POLICIES, ['iam-policy'], undefined, { gapRegion: undefined })
    .flatMap((page) => page.Policies ?? []);
  for (const policy of awsPolicies) {
    if (!policy.Arn) continue;
    const place = `AWS-managed policy ${policy.PolicyName ?? policy.Arn}`;
    let statements: Maybe<IamStatement[]>;
    if (!policy.DefaultVersionId) statements = unknown(`${place}: no default version was listed`);
    else {
      const answer = out.one(GET_POLICY_VERSION, {
        PolicyArn: policy.Arn,
        VersionId: policy.DefaultVersionId,
      });
      statements = answer.value
        ? policyStatements(decodeLiveDocument(answer.value.PolicyVersion?.Document, place), place)
        : (answer.unknown ??
          unknown(`${place}: iam:GetPolicyVersion found no version ${policy.DefaultVersionId}`));
    }
    out.add({
      type: 'iam-policy',
      id: policy.Arn,
      arn: policy.Arn,
      name: policy.PolicyName ?? policy.Arn,
      region: 'global',
      origin: out.origin,
      kind: 'aws-managed',
      statements,
      attachmentCount:
        typeof policy.AttachmentCount === 'number'
          ? policy.AttachmentCount
          : unknown(`${place}: no AttachmentCount was listed`),
    });
  }

  return {
    user(userName) {
      const user = users.get(userName);
      if (!user) {
        const why =
          failure ??
          unknown(`IAM user ${userName} is not in iam:GetAccountAuthorizationDetails (created since?)`);
        return { managedPolicyArns: why, inlinePolicies: why, groupNames: why };
      }
      return {
        managedPolicyArns: attached(user.AttachedManagedPolicies),
        inlinePolicies: inline(user.UserPolicyList, `user ${userName}`),
        groupNames: [...(user.GroupList ?? [])],
      };
    },
  };
}
