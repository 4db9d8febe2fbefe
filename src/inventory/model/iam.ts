/** IAM principals (roles, groups; users live in identity.ts) and the policies that grant them permissions. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

/** Action or Resource patterns of one statement; `not`: they came from NotAction / NotResource. */
export interface PatternList {
  not: boolean;
  patterns: string[];
  /**
   * Template: some Resource patterns are expressions with unresolved pieces
   * (`!Sub arn:aws:ec2:${AWS::Region}:...`) read with `*` for each piece, so
   * each matches at least what the deployed value will. Set only on an
   * Allow's Resource, and only when the pattern still leaves some resources
   * out: a rule may conclude "not every resource", not that a given resource
   * is granted.
   */
  widened?: true;
}

/** One statement of a policy document; a part that could not be read is Unknown. */
export interface IamStatement {
  /** 'Allow' or 'Deny' as written. */
  effect: Maybe<string>;
  actions: Maybe<PatternList>;
  resources: Maybe<PatternList>;
  /** Whether a Condition limits it (an Allow still grants under it; a Deny may not always deny); Unknown when it may vanish. */
  conditional: Maybe<boolean>;
}

/** An inline policy: embedded in one user, group or role. */
export interface InlinePolicy {
  name: string;
  statements: Maybe<IamStatement[]>;
  /** Template: defined by a separate resource (AWS::IAM::Policy ...), whose document is judged there. */
  standaloneId?: string;
}

/** What a user, group and role share: the managed policies attached to it and its inline policies. */
export interface IamPrincipalPolicies {
  /** ARNs (or template ids) of the managed policies attached to it. */
  managedPolicyArns?: Maybe<string[]>;
  inlinePolicies?: Maybe<InlinePolicy[]>;
}

export type IamPolicyKind = 'aws-managed' | 'customer-managed' | 'inline';

/**
 * A policy document that exists on its own: a managed policy (customer- or
 * AWS-managed, the latter only when attached), or a template's standalone
 * inline policy resource (AWS::IAM::Policy, RolePolicy ...).
 */
export interface IamPolicy extends ResourceBase<'iam-policy'> {
  kind: IamPolicyKind;
  statements: Maybe<IamStatement[]>;
  /** Users, groups and roles it is attached to (inline: embedded in). */
  attachmentCount: Maybe<number>;
}

export interface IamRole extends ResourceBase<'iam-role'>, IamPrincipalPolicies {
  /** Its trust policy (AssumeRolePolicyDocument): who may assume it; Unknown when a part that decides could not be read. */
  trustStatements: Maybe<PolicyStatement[]>;
}

export interface IamGroup extends ResourceBase<'iam-group'>, IamPrincipalPolicies {
  /** User names (or template ids) of its members. */
  memberNames: Maybe<string[]>;
}
