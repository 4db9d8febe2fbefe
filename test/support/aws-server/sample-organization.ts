/**
 * Organizations for the loopback server: `sampleOrganization()` (a management
 * account and five members: two healthy, one without the scan role, one
 * suspended, one whose SCP denies RDS) and `generatedOrganization()` (N members,
 * each a generated large account, for the organization benchmark).
 */
import type { FakeAccount } from './account.js';
import { largeAccount } from './large-account.js';
import type { FakeMember, FakeOrganization } from './organization.js';
import { sampleAccount } from './sample-account.js';

export const MANAGEMENT_ACCOUNT = '999999999999';
export const SAMPLE_ORG_ID = 'o-a1b2c3d4e5';

/** The same account under another id: every string naming the old id names the new one (ARNs, owners). */
export function retargetAccount(account: FakeAccount, accountId: string): FakeAccount {
  const from = account.accountId;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.split(from).join(accountId);
    if (Array.isArray(value)) return value.map(walk);
    if (value instanceof Date || value instanceof Uint8Array) return value;
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(account) as FakeAccount;
}

/** What the management account's own credentials answer as (the server's `account`). */
export function managementAccount(): FakeAccount {
  return {
    accountId: MANAGEMENT_ACCOUNT,
    callerArn: `arn:aws:iam::${MANAGEMENT_ACCOUNT}:user/auditor`,
    enabledRegions: ['us-east-1', 'eu-west-1'],
    regions: {},
  };
}

export const SAMPLE_MEMBERS = {
  payments: '111111111111',
  sandbox: '222222222222',
  /** No scan role: sts:AssumeRole is denied. */
  noRole: '333333333333',
  suspended: '444444444444',
  /** An SCP denies every RDS action. */
  scpLimited: '555555555555',
} as const;

export function sampleOrganization(options: { roleName?: string; externalId?: string } = {}): {
  account: FakeAccount;
  organization: FakeOrganization;
} {
  const roles = [options.roleName ?? 'OrganizationAccountAccessRole'];
  const member = (id: string, extra: Omit<FakeMember, 'account'>): FakeMember => ({
    account: retargetAccount(sampleAccount(), id),
    roles,
    ...(options.externalId === undefined ? {} : { externalId: options.externalId }),
    ...extra,
  });
  return {
    account: managementAccount(),
    organization: {
      id: SAMPLE_ORG_ID,
      members: [
        member(SAMPLE_MEMBERS.payments, {
          name: 'prod-payments',
          ouPath: ['Workloads', 'Prod'],
          tags: { env: 'prod', team: 'payments' },
        }),
        member(SAMPLE_MEMBERS.sandbox, {
          name: 'dev-sandbox',
          ouPath: ['Workloads', 'Dev'],
          tags: { env: 'dev' },
        }),
        member(SAMPLE_MEMBERS.noRole, { name: 'prod-legacy', ouPath: ['Workloads', 'Prod'], roles: [] }),
        member(SAMPLE_MEMBERS.suspended, { name: 'old-project', ouPath: ['Suspended'], state: 'SUSPENDED' }),
        member(SAMPLE_MEMBERS.scpLimited, {
          name: 'dev-data',
          ouPath: ['Workloads', 'Dev'],
          scpDenies: ['rds:*'],
        }),
      ],
    },
  };
}

/** `members` accounts of about `resourcesPerAccount` resources each, under two OUs. */
export function generatedOrganization(options: {
  members: number;
  resourcesPerAccount: number;
  regions?: number;
}): { account: FakeAccount; organization: FakeOrganization } {
  const template = largeAccount({ resources: options.resourcesPerAccount, regions: options.regions ?? 4 });
  const members = Array.from({ length: options.members }, (_, i): FakeMember => {
    const id = String(100_000_000_000 + i * 7919).padStart(12, '0');
    return {
      account: retargetAccount(template, id),
      name: `workload-${i}`,
      ouPath: ['Workloads', i % 2 === 0 ? 'Prod' : 'Dev'],
      tags: { index: String(i) },
    };
  });
  return { account: managementAccount(), organization: { id: 'o-bench000001', members } };
}
