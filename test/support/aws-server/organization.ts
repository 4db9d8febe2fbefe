/**
 * An AWS Organization behind the loopback server: a management account (the
 * server's `account`) and member accounts, each a whole FakeAccount. A request
 * signed with credentials that sts:AssumeRole issued for a member's role is
 * answered from that member's data, so one server emulates every account of
 * the organization, each with its own regions, roles, external id and SCP.
 */
import { createHash } from 'node:crypto';
import type { FakeAccount } from './account.js';
import { AwsError } from './aws-error.js';
import { actionMatches } from './faults.js';

export type FakeAccountState = 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED';

export interface FakeMember {
  account: FakeAccount;
  name: string;
  email?: string;
  /** Default ACTIVE. */
  state?: FakeAccountState;
  /** OU names from under the root down to the account's parent (`['Workloads', 'Prod']`); empty: under the root. */
  ouPath?: string[];
  tags?: Record<string, string>;
  /** Role names sts:AssumeRole may assume in this account (default: OrganizationAccountAccessRole). */
  roles?: string[];
  /** The external id the roles' trust policies require, if any. */
  externalId?: string;
  /** Actions a service control policy denies in this account (`'rds:*'`, `'s3:ListBuckets'`). */
  scpDenies?: string[];
}

export interface FakeOrganization {
  /** `o-` and 10 to 32 lowercase letters or digits. */
  id: string;
  members: FakeMember[];
}

export const DEFAULT_MEMBER_ROLE = 'OrganizationAccountAccessRole';

const ASSUMED_ACCOUNT = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\//;

/** `r-` + 4 characters, stable for an organization id. */
export function rootIdOf(org: FakeOrganization): string {
  return `r-${createHash('sha256').update(org.id).digest('hex').slice(0, 4)}`;
}

/** An OU id for a path of names, stable: `ou-<root>-<8 hex>`. */
export function ouIdOf(org: FakeOrganization, path: readonly string[]): string {
  const root = rootIdOf(org).slice(2);
  return `ou-${root}-${createHash('sha256').update(path.join('/')).digest('hex').slice(0, 8)}`;
}

/** The member a session was issued for, if the access key came from sts:AssumeRole into a member. */
export function memberOfSession(
  org: FakeOrganization | undefined,
  sessions: ReadonlyMap<string, string>,
  accessKeyId: string,
): FakeMember | undefined {
  if (!org) return undefined;
  const arn = sessions.get(accessKeyId);
  const accountId = arn === undefined ? undefined : ASSUMED_ACCOUNT.exec(arn)?.[1];
  return accountId === undefined ? undefined : memberById(org, accountId);
}

export function memberById(org: FakeOrganization, accountId: string): FakeMember | undefined {
  return org.members.find((member) => member.account.accountId === accountId);
}

/** An SCP of the member's denies the action. */
export function scpDenies(member: FakeMember, action: string): boolean {
  return (member.scpDenies ?? []).some((pattern) => actionMatches(pattern, action));
}

/** What an SCP's explicit deny answers (the wording AWS has used since 2021). */
export function scpDenialMessage(callerArn: string, action: string): string {
  return `User: ${callerArn} is not authorized to perform: ${action} with an explicit deny in a service control policy`;
}

/**
 * sts:AssumeRole into an organization account: refused like AWS does when the
 * account is not a member, is not active, has no such role, or the external id
 * does not match the role's trust policy.
 */
export function checkAssumeRole(
  org: FakeOrganization,
  callerArn: string,
  roleArn: string,
  accountId: string,
  roleName: string,
  externalId: string | undefined,
): void {
  // The management account is no member: as in AWS, it has no role the organization created, so this is denied.
  const member = memberById(org, accountId);
  const denied = () =>
    new AwsError(
      'AccessDenied',
      `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
      403,
    );
  if (!member || (member.state ?? 'ACTIVE') !== 'ACTIVE') throw denied();
  if (!(member.roles ?? [DEFAULT_MEMBER_ROLE]).includes(roleName)) throw denied();
  if (member.externalId !== undefined && member.externalId !== externalId) throw denied();
}
