import { isUnknown, unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { AccessKey, PasswordPolicy } from '../../../../inventory/model.js';
import { normalizeIamPolicies } from './policies.js';
import { accountPublicAccessBlockOf } from '../s3/account-public-access.js';
import { rootLastUsed } from './root-usage.js';
import { organizationOf } from '../organizations/normalize.js';
import { securityContactOf } from '../account/normalize.js';
import {
  parseCredentialReport,
  reportDate,
  reportFlag,
  type CredentialReportRow,
} from './credential-report.js';
import { allPages, type Output } from '../../normalize/raw.js';
import {
  GET_ACCOUNT_PASSWORD_POLICY,
  GET_ACCOUNT_SUMMARY,
  GET_CREDENTIAL_REPORT,
  LIST_ACCESS_KEYS,
  LIST_MFA_DEVICES,
  LIST_USERS,
  LIST_VIRTUAL_MFA_DEVICES,
} from './calls.js';

function credentialReport(out: Output): Maybe<Map<string, CredentialReportRow>> {
  const report = out.one(GET_CREDENTIAL_REPORT);
  if (report.unknown) return report.unknown;
  if (report.notFound || typeof report.value.Content !== 'string') {
    return unknown('iam:GetCredentialReport returned no report');
  }
  return parseCredentialReport(report.value.Content);
}

function passwordPolicy(out: Output): Maybe<PasswordPolicy | undefined> {
  const answer = out.one(GET_ACCOUNT_PASSWORD_POLICY);
  if (answer.notFound) return undefined;
  if (answer.unknown) return answer.unknown;
  const policy = answer.value.PasswordPolicy;
  if (!policy) return unknown('iam:GetAccountPasswordPolicy returned no policy');
  return {
    minimumLength: policy.MinimumPasswordLength,
    requireSymbols: policy.RequireSymbols,
    requireNumbers: policy.RequireNumbers,
    requireUppercase: policy.RequireUppercaseCharacters,
    requireLowercase: policy.RequireLowercaseCharacters,
    maxAgeDays: policy.MaxPasswordAge,
    reusePrevention: policy.PasswordReusePrevention,
  };
}

/**
 * The account summary answers for root. The credential report's
 * `<root_account>` row is the fallback, but it can be up to 4 hours old: as
 * for IAM users' MFA, it may prove a failure, never a pass (an MFA device it
 * lists may have been removed since, a key may have been created since).
 */
function rootFact(
  summary: Record<string, number> | undefined,
  summaryKey: string,
  root: CredentialReportRow | undefined,
  reportColumns: string[],
  compliant: boolean,
  why: string,
): Maybe<boolean> {
  const value = summary?.[summaryKey];
  if (typeof value === 'number') return value > 0;
  const flags = reportColumns.map((column) => reportFlag(root, column));
  let fromReport: boolean | undefined;
  if (flags.some((flag) => flag === true)) fromReport = true;
  else if (flags.length > 0 && flags.every((flag) => flag === false)) fromReport = false;
  if (fromReport === undefined) return unknown(why);
  if (fromReport !== compliant) return fromReport;
  return unknown(`${why}; the credential report's root row would pass, but it can be up to 4 hours old`);
}

function accessKeysOf(
  out: Output,
  userName: string,
  row: CredentialReportRow | undefined,
): Maybe<AccessKey[]> {
  const listed = allPages(out, LIST_ACCESS_KEYS, userName);
  if (listed.value) {
    const keys = listed.value.flatMap((page) => page.AccessKeyMetadata ?? []);
    return keys.map((key, index) => {
      const slot =
        [1, 2].find((n) => reportDate(row, `access_key_${n}_last_rotated`) === key.CreateDate) ?? index + 1;
      const accessKey: AccessKey = {
        id: key.AccessKeyId ?? `${userName}#${index + 1}`,
        active: key.Status === 'Active',
      };
      if (key.CreateDate) accessKey.createdAt = key.CreateDate;
      const lastUsed = reportDate(row, `access_key_${slot}_last_used_date`);
      if (lastUsed) accessKey.lastUsedAt = lastUsed;
      return accessKey;
    });
  }
  if (row) {
    const keys: AccessKey[] = [];
    for (const n of [1, 2]) {
      const active = reportFlag(row, `access_key_${n}_active`);
      const createdAt = reportDate(row, `access_key_${n}_last_rotated`);
      if (active === undefined || (!active && !createdAt)) continue;
      keys.push({
        id: `${userName} access key ${n}`,
        active,
        createdAt,
        lastUsedAt: reportDate(row, `access_key_${n}_last_used_date`),
      });
    }
    return keys;
  }
  return listed.unknown ?? unknown(`access keys of IAM user ${userName} could not be read`);
}

function mfaOf(out: Output, userName: string, row: CredentialReportRow | undefined): Maybe<boolean> {
  const listed = allPages(out, LIST_MFA_DEVICES, userName);
  if (listed.value) return listed.value.some((page) => (page.MFADevices ?? []).length > 0);
  const why = listed.unknown?.reason ?? `MFA devices of IAM user ${userName} could not be read`;
  // The credential report can be up to 4 hours old: it may prove a failure
  // (no MFA then), but an MFA device it lists may have been removed since.
  const fromReport = reportFlag(row, 'mfa_active');
  if (fromReport === false) return false;
  if (fromReport === true) {
    return unknown(`${why}; the credential report lists MFA, but it can be up to 4 hours old`);
  }
  return unknown(why);
}

function rootVirtualMfa(out: Output): Maybe<boolean> {
  const listed = allPages(out, LIST_VIRTUAL_MFA_DEVICES, undefined);
  if (!listed.value) return listed.unknown ?? unknown('iam:ListVirtualMFADevices found nothing to list');
  const rootArn = `arn:${out.partition}:iam::${out.account}:root`;
  return listed.value
    .flatMap((page) => page.VirtualMFADevices ?? [])
    .some(
      (device) =>
        device.User?.Arn === rootArn || device.SerialNumber?.endsWith(':mfa/root-account-mfa-device'),
    );
}

export function normalizeIam(out: Output): void {
  const principals = normalizeIamPolicies(out);
  const report = credentialReport(out);
  const rows = isUnknown(report) ? undefined : report;
  const summary = out.one(GET_ACCOUNT_SUMMARY);
  const summaryMap = summary.value?.SummaryMap as Record<string, number> | undefined;
  const root = rows?.get('<root_account>');
  const why = `root account: ${summary.unknown?.reason ?? 'no account summary'}; credential report: ${isUnknown(report) ? report.reason : 'no root row'}`;
  out.add({
    type: 'aws-account',
    id: out.account,
    name: out.account,
    region: 'global',
    origin: out.origin,
    rootMfaEnabled: rootFact(summaryMap, 'AccountMFAEnabled', root, ['mfa_active'], true, why),
    rootAccessKeysPresent: rootFact(
      summaryMap,
      'AccountAccessKeysPresent',
      root,
      ['access_key_1_active', 'access_key_2_active'],
      false,
      why,
    ),
    passwordPolicy: passwordPolicy(out),
    rootVirtualMfa: rootVirtualMfa(out),
    s3PublicAccessBlock: accountPublicAccessBlockOf(out),
    rootLastUsedAt: rootLastUsed(root, why),
    organizationId: organizationOf(out),
    securityContactEmail: securityContactOf(out),
  });

  const pages = out.list(LIST_USERS, ['iam-user'], undefined, { gapRegion: undefined });
  for (const user of pages.flatMap((page) => page.Users ?? [])) {
    if (!user.UserName) continue;
    const row = rows?.get(user.UserName);
    const password = reportFlag(row, 'password_enabled');
    out.add({
      type: 'iam-user',
      id: user.Arn ?? user.UserName,
      arn: user.Arn,
      name: user.UserName,
      region: 'global',
      origin: out.origin,
      hasConsolePassword:
        password ??
        (isUnknown(report)
          ? report
          : unknown(
              `IAM user ${user.UserName} is not in the credential report (created after it was generated?)`,
            )),
      mfaActive: mfaOf(out, user.UserName, row),
      accessKeys: accessKeysOf(out, user.UserName, row),
      passwordLastUsedAt: reportDate(row, 'password_last_used') ?? user.PasswordLastUsed,
      createdAt: user.CreateDate,
      ...principals.user(user.UserName),
    });
  }
}
