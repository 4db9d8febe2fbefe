/**
 * The organization's accounts, read in the management account (or a delegated
 * administrator): ListAccounts, then per account its OU path (ListParents up
 * to the root, DescribeOrganizationalUnit for each OU's name) and its tags.
 * Parents and OUs are shared by many accounts: the recorder sends each
 * identical call once.
 */
import {
  DescribeOrganizationalUnitCommand,
  ListParentsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import { InputError } from '../../errors.js';
import type { ClientPool } from '../live/clients.js';
import { describeError } from '../live/errors.js';
import type { Recorder } from '../live/recorder.js';

export interface OrgUnit {
  id: string;
  name: string;
}

export interface OrgAccount {
  id: string;
  name: string;
  email?: string;
  /** ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED ... (State, or the older Status). */
  state: string;
  /** OUs from under the root down to the account's parent; undefined when they could not be read. */
  ous?: OrgUnit[];
  /** Why `ous` could not be read. */
  ousError?: string;
  tags?: Record<string, string>;
  tagsError?: string;
}

export interface Organization {
  /** `o-...`, from the accounts' ARNs. */
  id: string;
  managementAccountId?: string;
  accounts: OrgAccount[];
}

const ACCOUNT_ARN = /^arn:aws[\w-]*:organizations::(\d{12}):account\/(o-[a-z0-9]+)\//;
/** An account cannot sit deeper than five OUs below the root; a longer chain is a loop. */
const MAX_DEPTH = 6;

async function parentOf(
  rec: Recorder,
  client: () => OrganizationsClient,
  region: string,
  childId: string,
): Promise<{ id: string; root: boolean } | string> {
  const answer = await rec.call('organizations', 'ListParents', region, { ChildId: childId }, () =>
    client().send(new ListParentsCommand({ ChildId: childId })),
  );
  if (answer.error) return `organizations:ListParents ${childId}: ${describeError(answer.error)}`;
  const parent = answer.value?.Parents?.[0];
  if (!parent?.Id) return `organizations:ListParents ${childId}: no parent in the answer`;
  return { id: parent.Id, root: parent.Type === 'ROOT' };
}

async function ouPath(
  rec: Recorder,
  client: () => OrganizationsClient,
  region: string,
  accountId: string,
): Promise<OrgUnit[] | string> {
  const ids: string[] = [];
  let child = accountId;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = await parentOf(rec, client, region, child);
    if (typeof parent === 'string') return parent;
    if (parent.root) {
      const units: OrgUnit[] = [];
      for (const id of ids.reverse()) {
        const answer = await rec.call(
          'organizations',
          'DescribeOrganizationalUnit',
          region,
          { OrganizationalUnitId: id },
          () => client().send(new DescribeOrganizationalUnitCommand({ OrganizationalUnitId: id })),
        );
        if (answer.error)
          return `organizations:DescribeOrganizationalUnit ${id}: ${describeError(answer.error)}`;
        units.push({ id, name: answer.value?.OrganizationalUnit?.Name ?? id });
      }
      return units;
    }
    ids.push(parent.id);
    child = parent.id;
  }
  return `organizations:ListParents: no root within ${MAX_DEPTH} levels above ${accountId}`;
}

async function tagsOf(
  rec: Recorder,
  client: () => OrganizationsClient,
  region: string,
  accountId: string,
): Promise<Record<string, string> | string> {
  const tags: Record<string, string> = {};
  let token: string | undefined;
  do {
    const params = { ResourceId: accountId, ...(token === undefined ? {} : { NextToken: token }) };
    const answer = await rec.call('organizations', 'ListTagsForResource', region, params, () =>
      client().send(new ListTagsForResourceCommand(params)),
    );
    if (answer.error) return `organizations:ListTagsForResource: ${describeError(answer.error)}`;
    for (const tag of answer.value?.Tags ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? '';
    const next = answer.value?.NextToken;
    token = next && next !== token ? next : undefined;
  } while (token !== undefined);
  return tags;
}

/** Every account of the organization with its OU path and tags; InputError when the accounts cannot be listed. */
export async function listOrganization(
  rec: Recorder,
  clients: ClientPool,
  region: string,
): Promise<Organization> {
  const client = () => clients.get(OrganizationsClient, region);
  const listed = await rec.paginate('organizations', 'ListAccounts', region, undefined, () =>
    paginateListAccounts({ client: client() }, {}),
  );
  if (listed.error) {
    throw new InputError(
      `--org: cannot list the organization's accounts (organizations:ListAccounts): ${describeError(listed.error)}; run it with credentials of the management account or of a delegated administrator`,
    );
  }
  let id: string | undefined;
  let managementAccountId: string | undefined;
  const accounts: OrgAccount[] = [];
  for (const page of listed.pages) {
    for (const account of page.Accounts ?? []) {
      if (!account.Id) continue;
      const arn = ACCOUNT_ARN.exec(account.Arn ?? '');
      if (arn) {
        managementAccountId ??= arn[1];
        id ??= arn[2];
      }
      accounts.push({
        id: account.Id,
        name: account.Name ?? account.Id,
        ...(account.Email ? { email: account.Email } : {}),
        state: account.State ?? account.Status ?? 'UNKNOWN',
      });
    }
  }
  await Promise.all(
    accounts.map(async (account) => {
      const [ous, tags] = await Promise.all([
        ouPath(rec, client, region, account.id),
        tagsOf(rec, client, region, account.id),
      ]);
      if (typeof ous === 'string') account.ousError = ous;
      else account.ous = ous;
      if (typeof tags === 'string') account.tagsError = tags;
      else account.tags = tags;
    }),
  );
  return {
    id: id ?? 'organization',
    ...(managementAccountId ? { managementAccountId } : {}),
    accounts: accounts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
