import type { FakeAccount, FakeIam, FakeIamUser } from '../account.js';
import { AwsError, notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { listParam, type CallContext, type ServiceDefinition } from '../service.js';
import { required } from './common.js';

function iamOf(ctx: CallContext): FakeIam {
  return ctx.account.iam ?? { users: [], rootMfaEnabled: false, rootAccessKeysPresent: false };
}

function userNamed(ctx: CallContext, name: string | undefined): FakeIamUser {
  const userName = required(name, 'UserName');
  const user = iamOf(ctx).users.find((u) => u.user.UserName === userName);
  if (!user) throw notFound('NoSuchEntity', `The user with name ${userName} cannot be found.`);
  return user;
}

function markerPage<T>(ctx: CallContext, items: readonly T[]) {
  const page = paginate(
    items,
    ctx.params.Marker,
    ctx.pageSize(ctx.params.MaxItems),
    ctx.action,
    'InvalidInput',
  );
  return { items: page.items, IsTruncated: page.next !== undefined, Marker: page.next };
}

const REPORT_COLUMNS =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

const iso = (date: Date | undefined) => (date ? date.toISOString().replace('.000Z', '+00:00') : 'N/A');

/** The credential report CSV exactly as IAM formats it (root row first). */
export function credentialReportCsv(account: FakeAccount): string {
  const iam = account.iam ?? { users: [], rootMfaEnabled: false, rootAccessKeysPresent: false };
  const rootKey = iam.rootAccessKeysPresent
    ? ['true', '2024-01-01T00:00:00+00:00', iso(iam.rootAccessKeyLastUsed), 'N/A', 'N/A']
    : ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  const rows = [
    [
      '<root_account>',
      `arn:aws:iam::${account.accountId}:root`,
      '2020-01-01T00:00:00+00:00',
      'not_supported',
      iso(iam.rootPasswordLastUsed),
      'not_supported',
      'not_supported',
      String(iam.rootMfaEnabled),
      ...rootKey,
      'false',
      'N/A',
      'N/A',
      'N/A',
      'N/A',
      'false',
      'N/A',
      'false',
      'N/A',
    ],
  ];
  for (const { user, hasConsolePassword, mfaDevices, accessKeys, inCredentialReport } of iam.users) {
    if (inCredentialReport === false) continue;
    const keyColumns = [0, 1].flatMap((i) => {
      const key = accessKeys?.[i];
      if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
      const used = key.lastUsed?.LastUsedDate;
      return [
        String(key.metadata.Status === 'Active'),
        iso(key.metadata.CreateDate),
        iso(used),
        used ? (key.lastUsed?.Region ?? 'N/A') : 'N/A',
        used ? (key.lastUsed?.ServiceName ?? 'N/A') : 'N/A',
      ];
    });
    rows.push([
      user.UserName ?? '',
      user.Arn ?? '',
      iso(user.CreateDate),
      String(Boolean(hasConsolePassword)),
      hasConsolePassword ? (user.PasswordLastUsed ? iso(user.PasswordLastUsed) : 'no_information') : 'N/A',
      hasConsolePassword ? iso(user.CreateDate) : 'N/A',
      'N/A',
      String((mfaDevices?.length ?? 0) > 0),
      ...keyColumns,
      'false',
      'N/A',
      'false',
      'N/A',
    ]);
  }
  return [REPORT_COLUMNS, ...rows.map((row) => row.join(','))].join('\n');
}

/** IAM returns policy documents URL-encoded (RFC 3986). */
const encoded = (document: string | undefined) =>
  document === undefined ? undefined : encodeURIComponent(document);

const isAwsManaged = (arn: string | undefined) => arn?.startsWith('arn:aws:iam::aws:policy/') ?? false;

/** Every principal and policy GetAccountAuthorizationDetails answers with, one list per entity type. */
function authorizationEntities(ctx: CallContext, filter: readonly string[]) {
  const data = iamOf(ctx);
  const wants = (type: string) => filter.length === 0 || filter.includes(type);
  const inline = (list: { PolicyName?: string; PolicyDocument?: string }[] | undefined) =>
    (list ?? []).map((policy) => ({ ...policy, PolicyDocument: encoded(policy.PolicyDocument) }));
  const entities: { kind: string; item: object }[] = [];
  if (wants('User'))
    for (const user of data.users)
      entities.push({
        kind: 'UserDetailList',
        item: {
          UserName: user.user.UserName,
          UserId: user.user.UserId,
          Arn: user.user.Arn,
          Path: user.user.Path,
          CreateDate: user.user.CreateDate,
          GroupList: user.groups ?? [],
          AttachedManagedPolicies: user.attachedPolicies ?? [],
          UserPolicyList: inline(user.inlinePolicies),
        },
      });
  if (wants('Group'))
    for (const group of data.groups ?? [])
      entities.push({
        kind: 'GroupDetailList',
        item: { ...group, GroupPolicyList: inline(group.GroupPolicyList) },
      });
  if (wants('Role'))
    for (const role of data.roles ?? [])
      entities.push({
        kind: 'RoleDetailList',
        item: { ...role, RolePolicyList: inline(role.RolePolicyList) },
      });
  for (const policy of data.policies ?? []) {
    if (!wants(isAwsManaged(policy.Arn) ? 'AWSManagedPolicy' : 'LocalManagedPolicy')) continue;
    entities.push({
      kind: 'Policies',
      item: {
        ...policy,
        PolicyVersionList: (policy.PolicyVersionList ?? []).map((version) => ({
          ...version,
          Document: encoded(version.Document),
        })),
      },
    });
  }
  return entities;
}

export const iam: ServiceDefinition = {
  signingName: 'iam',
  protocol: 'query',
  global: true,
  load: () => import('@aws-sdk/client-iam'),
  xmlNamespace: 'https://iam.amazonaws.com/doc/2010-05-08/',
  operations: {
    GenerateCredentialReport: (ctx) => {
      ctx.state.credentialReportGeneratedAt ??= new Date();
      return { State: 'COMPLETE', Description: 'No report exists. Starting a new report generation task' };
    },
    GetCredentialReport: (ctx) => {
      const generatedAt = ctx.state.credentialReportGeneratedAt;
      if (!generatedAt)
        throw new AwsError(
          'ReportNotPresent',
          'Credential report not present. Call GenerateCredentialReport first.',
          410,
        );
      return {
        Content: new TextEncoder().encode(credentialReportCsv(ctx.account)),
        ReportFormat: 'text/csv',
        GeneratedTime: generatedAt,
      };
    },
    GetAccountSummary: (ctx) => {
      const data = iamOf(ctx);
      return {
        SummaryMap: {
          Users: data.users.length,
          UsersQuota: 5000,
          MFADevices:
            data.users.reduce((n, u) => n + (u.mfaDevices?.length ?? 0), 0) + (data.rootMfaEnabled ? 1 : 0),
          MFADevicesInUse:
            data.users.reduce((n, u) => n + (u.mfaDevices?.length ?? 0), 0) + (data.rootMfaEnabled ? 1 : 0),
          AccountMFAEnabled: data.rootMfaEnabled ? 1 : 0,
          AccountAccessKeysPresent: data.rootAccessKeysPresent ? 1 : 0,
          AccountSigningCertificatesPresent: 0,
          ...data.summary,
        },
      };
    },
    GetAccountPasswordPolicy: (ctx) => {
      const policy = iamOf(ctx).passwordPolicy;
      if (!policy)
        throw notFound(
          'NoSuchEntity',
          `The Password Policy with domain name ${ctx.account.accountId} cannot be found.`,
        );
      return { PasswordPolicy: policy };
    },
    ListUsers: (ctx) => {
      const { items, ...rest } = markerPage(
        ctx,
        iamOf(ctx).users.map((u) => u.user),
      );
      return { Users: items, ...rest };
    },
    ListMFADevices: (ctx) => {
      const { items, ...rest } = markerPage(ctx, userNamed(ctx, ctx.params.UserName).mfaDevices ?? []);
      return { MFADevices: items, ...rest };
    },
    ListAccessKeys: (ctx) => {
      const user = userNamed(ctx, ctx.params.UserName);
      const { items, ...rest } = markerPage(
        ctx,
        (user.accessKeys ?? []).map((key) => ({ UserName: user.user.UserName, ...key.metadata })),
      );
      return { AccessKeyMetadata: items, ...rest };
    },
    GetAccessKeyLastUsed: (ctx) => {
      const keyId = required(ctx.params.AccessKeyId, 'AccessKeyId');
      for (const user of iamOf(ctx).users) {
        const key = user.accessKeys?.find((k) => k.metadata.AccessKeyId === keyId);
        if (key)
          return {
            UserName: user.user.UserName,
            AccessKeyLastUsed: key.lastUsed ?? { ServiceName: 'N/A', Region: 'N/A' },
          };
      }
      throw new AwsError('AccessDenied', `The access key ${keyId} does not belong to this account`, 403);
    },
    GetAccountAuthorizationDetails: (ctx) => {
      const { items, ...rest } = markerPage(
        ctx,
        authorizationEntities(ctx, listParam(ctx.params, 'Filter') ?? []),
      );
      const lists: Record<string, object[]> = {
        UserDetailList: [],
        GroupDetailList: [],
        RoleDetailList: [],
        Policies: [],
      };
      for (const entity of items) lists[entity.kind]?.push(entity.item);
      return { ...lists, ...rest };
    },
    ListPolicies: (ctx) => {
      const scope = ctx.params.Scope ?? 'All';
      const onlyAttached = String(ctx.params.OnlyAttached) === 'true';
      const selected = (iamOf(ctx).policies ?? [])
        .filter((policy) =>
          scope === 'AWS' ? isAwsManaged(policy.Arn) : scope === 'Local' ? !isAwsManaged(policy.Arn) : true,
        )
        .filter((policy) => !onlyAttached || (policy.AttachmentCount ?? 0) > 0)
        .map(({ PolicyVersionList: _versions, ...policy }) => policy);
      const { items, ...rest } = markerPage(ctx, selected);
      return { Policies: items, ...rest };
    },
    GetPolicyVersion: (ctx) => {
      const arn = required(ctx.params.PolicyArn, 'PolicyArn');
      const versionId = required(ctx.params.VersionId, 'VersionId');
      const policy = (iamOf(ctx).policies ?? []).find((candidate) => candidate.Arn === arn);
      const version = policy?.PolicyVersionList?.find((candidate) => candidate.VersionId === versionId);
      if (!version) throw notFound('NoSuchEntity', `Policy ${arn} version ${versionId} does not exist.`);
      return { PolicyVersion: { ...version, Document: encoded(version.Document) } };
    },
    ListVirtualMFADevices: (ctx) => {
      const data = iamOf(ctx);
      const root = `arn:aws:iam::${ctx.account.accountId}:root`;
      const devices =
        data.rootMfaEnabled && data.rootVirtualMfa
          ? [
              {
                SerialNumber: `arn:aws:iam::${ctx.account.accountId}:mfa/root-account-mfa-device`,
                User: {
                  Arn: root,
                  UserId: ctx.account.accountId,
                  UserName: '<root_account>',
                  Path: '/',
                  CreateDate: new Date('2020-01-01T00:00:00Z'),
                },
                EnableDate: new Date('2020-01-02T00:00:00Z'),
              },
            ]
          : [];
      const status = ctx.params.AssignmentStatus ?? 'Any';
      const { items, ...rest } = markerPage(ctx, status === 'Unassigned' ? [] : devices);
      return { VirtualMFADevices: items, ...rest };
    },
    GetLoginProfile: (ctx) => {
      const user = userNamed(ctx, ctx.params.UserName);
      if (!user.hasConsolePassword)
        throw notFound('NoSuchEntity', `Login Profile for User ${user.user.UserName} cannot be found.`);
      return {
        LoginProfile: {
          UserName: user.user.UserName,
          CreateDate: user.user.CreateDate,
          PasswordResetRequired: false,
        },
      };
    },
  },
};
