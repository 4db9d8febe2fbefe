/**
 * AWS Organizations, answered from the server's FakeOrganization to the
 * management account only (a member, or a server without an organization,
 * gets the errors AWS gives). DescribeOrganization also answers member
 * accounts, and an account whose `memberOf` names an organization the server
 * does not emulate.
 */
import { AwsError } from '../aws-error.js';
import { memberById, ouIdOf, rootIdOf, type FakeMember, type FakeOrganization } from '../organization.js';
import { paginate } from '../paginate.js';
import { stringField, type CallContext, type ServiceDefinition } from '../service.js';
import { required } from './common.js';

const JOINED = new Date('2024-01-15T09:00:00Z');

function organizationOf(ctx: CallContext): FakeOrganization {
  const org = ctx.state.organization;
  if (!org)
    throw new AwsError(
      'AWSOrganizationsNotInUseException',
      'Your account is not a member of an organization.',
      400,
    );
  if (memberById(org, ctx.account.accountId))
    throw new AwsError('AccessDeniedException', "You don't have permissions to access this resource.", 400);
  return org;
}

function arnOf(org: FakeOrganization, ctx: CallContext, kind: string, id: string): string {
  return `arn:aws:organizations::${ctx.account.accountId}:${kind}/${org.id}/${id}`;
}

/** Every account: the management account first, then the members. */
function accountsOf(ctx: CallContext, org: FakeOrganization) {
  const management = {
    Id: ctx.account.accountId,
    Arn: arnOf(org, ctx, 'account', ctx.account.accountId),
    Email: `management@${org.id}.example.com`,
    Name: 'management',
    State: 'ACTIVE',
    JoinedMethod: 'CREATED',
    JoinedTimestamp: JOINED,
  };
  return [
    management,
    ...org.members.map((member) => ({
      Id: member.account.accountId,
      Arn: arnOf(org, ctx, 'account', member.account.accountId),
      Email: member.email ?? `${member.name}@example.com`,
      Name: member.name,
      State: member.state ?? 'ACTIVE',
      JoinedMethod: 'CREATED',
      JoinedTimestamp: JOINED,
    })),
  ];
}

/** Every OU path that exists, as `path -> id`. */
function ous(org: FakeOrganization): Map<string, { id: string; path: string[] }> {
  const found = new Map<string, { id: string; path: string[] }>();
  for (const member of org.members) {
    const path = member.ouPath ?? [];
    for (let depth = 1; depth <= path.length; depth++) {
      const prefix = path.slice(0, depth);
      found.set(prefix.join('/'), { id: ouIdOf(org, prefix), path: prefix });
    }
  }
  return found;
}

function parentOf(org: FakeOrganization, path: readonly string[]) {
  return path.length === 0
    ? { Id: rootIdOf(org), Type: 'ROOT' }
    : { Id: ouIdOf(org, path), Type: 'ORGANIZATIONAL_UNIT' };
}

function notFound(kind: 'Account' | 'Child' | 'OrganizationalUnit' | 'TargetNotFound', id: string): AwsError {
  const code = kind === 'TargetNotFound' ? 'TargetNotFoundException' : `${kind}NotFoundException`;
  return new AwsError(code, `We can't find the ${kind === 'TargetNotFound' ? 'target' : kind} ${id}.`, 400);
}

function memberOrManagement(ctx: CallContext, org: FakeOrganization, id: string): FakeMember | 'management' {
  if (id === ctx.account.accountId) return 'management';
  const member = memberById(org, id);
  if (!member) throw notFound('Child', id);
  return member;
}

export const organizations: ServiceDefinition = {
  signingName: 'organizations',
  protocol: 'json',
  global: true,
  load: () => import('@aws-sdk/client-organizations'),
  errorCodes: {
    AccessDenied: { code: 'AccessDeniedException', status: 400 },
    Throttling: { code: 'TooManyRequestsException', status: 400 },
  },
  operations: {
    DescribeOrganization: (ctx) => {
      // Any account of an organization may describe it (AWS answers members too).
      const org = ctx.state.organization;
      const membership =
        org && memberById(org, ctx.account.accountId)
          ? { organizationId: org.id, managementAccountId: ctx.state.managementAccountId }
          : ctx.account.memberOf;
      if (membership) {
        const { organizationId, managementAccountId } = membership;
        const arn = (kind: string, id: string) =>
          `arn:aws:organizations::${managementAccountId}:${kind}/${organizationId}/${id}`;
        return {
          Organization: {
            Id: organizationId,
            Arn: `arn:aws:organizations::${managementAccountId}:organization/${organizationId}`,
            FeatureSet: 'ALL',
            MasterAccountId: managementAccountId,
            MasterAccountArn: arn('account', managementAccountId),
          },
        };
      }
      const managed = organizationOf(ctx);
      return {
        Organization: {
          Id: managed.id,
          Arn: `arn:aws:organizations::${ctx.account.accountId}:organization/${managed.id}`,
          FeatureSet: 'ALL',
          MasterAccountId: ctx.account.accountId,
          MasterAccountArn: arnOf(managed, ctx, 'account', ctx.account.accountId),
        },
      };
    },
    ListAccounts: (ctx) => {
      const org = organizationOf(ctx);
      const page = paginate(
        accountsOf(ctx, org),
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidInputException',
      );
      return { Accounts: page.items, NextToken: page.next };
    },
    ListParents: (ctx) => {
      const org = organizationOf(ctx);
      const childId = required(stringField(ctx.body, 'ChildId'), 'ChildId');
      if (childId.startsWith('ou-')) {
        const ou = [...ous(org).values()].find((candidate) => candidate.id === childId);
        if (!ou) throw notFound('Child', childId);
        return { Parents: [parentOf(org, ou.path.slice(0, -1))] };
      }
      const child = memberOrManagement(ctx, org, childId);
      return { Parents: [parentOf(org, child === 'management' ? [] : (child.ouPath ?? []))] };
    },
    DescribeOrganizationalUnit: (ctx) => {
      const org = organizationOf(ctx);
      const id = required(stringField(ctx.body, 'OrganizationalUnitId'), 'OrganizationalUnitId');
      const ou = [...ous(org).values()].find((candidate) => candidate.id === id);
      if (!ou) throw notFound('OrganizationalUnit', id);
      return {
        OrganizationalUnit: { Id: ou.id, Arn: arnOf(org, ctx, 'ou', ou.id), Name: ou.path.at(-1) },
      };
    },
    ListTagsForResource: (ctx) => {
      const org = organizationOf(ctx);
      const id = required(stringField(ctx.body, 'ResourceId'), 'ResourceId');
      const child = id === ctx.account.accountId ? 'management' : memberById(org, id);
      if (!child) throw notFound('TargetNotFound', id);
      const tags = child === 'management' ? {} : (child.tags ?? {});
      const page = paginate(
        Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        ctx.body.NextToken,
        ctx.pageSize(undefined),
        ctx.action,
        'InvalidInputException',
      );
      return { Tags: page.items, NextToken: page.next };
    },
  },
};
