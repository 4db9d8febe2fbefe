/**
 * Which of the organization's accounts a run scans: `--accounts`, `--ou`
 * (an OU id, name or path and everything below it), `--exclude-accounts`,
 * then `--shard i/n`. Shards are a deterministic round-robin over the
 * selected accounts sorted by id, so n runs with the same flags cover every
 * account exactly once.
 */
import { closest } from 'fastest-levenshtein';
import { InputError } from '../../errors.js';
import type { OrgAccount, Organization } from './accounts.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export interface AccountFilters {
  accounts: readonly string[];
  excludeAccounts: readonly string[];
  ous: readonly string[];
  shard?: Shard;
}

export interface Selection {
  accounts: OrgAccount[];
  /** Things worth a line on stderr (an excluded account that is not in the organization). */
  notes: string[];
}

const ACCOUNT_ID = /^\d{12}$/;

export function checkAccountIds(flag: string, ids: readonly string[]): void {
  for (const id of ids)
    if (!ACCOUNT_ID.test(id)) throw new InputError(`${flag}: "${id}" is not an AWS account id (12 digits)`);
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new InputError(`--shard expects i/n with 1 <= i <= n (e.g. 2/4), got "${text}"`);
  return { index, count };
}

/** Paths of the account's OUs, each level: `Workloads`, `Workloads/Prod`. */
function ouPaths(account: OrgAccount): string[] {
  const names = (account.ous ?? []).map((ou) => ou.name);
  return names.map((_, depth) => names.slice(0, depth + 1).join('/'));
}

function inOu(account: OrgAccount, wanted: string): boolean {
  if (wanted.startsWith('ou-')) return (account.ous ?? []).some((ou) => ou.id === wanted);
  const path = wanted.replace(/^\/+|\/+$/g, '');
  return (
    ouPaths(account).includes(path) ||
    (!path.includes('/') && (account.ous ?? []).some((ou) => ou.name === path))
  );
}

function checkOus(org: Organization, ous: readonly string[]): void {
  if (ous.length === 0) return;
  const unread = org.accounts.find((account) => account.ous === undefined);
  if (unread)
    throw new InputError(
      `--ou: the OU of account ${unread.id} could not be read (${unread.ousError ?? 'no answer'}), so the accounts under an OU are not known`,
    );
  const known = new Set(
    org.accounts.flatMap((account) => [
      ...ouPaths(account),
      ...(account.ous ?? []).flatMap((ou) => [ou.id, ou.name]),
    ]),
  );
  for (const ou of ous) {
    if (!org.accounts.some((account) => inOu(account, ou))) {
      const hint = known.size > 0 ? `; did you mean "${closest(ou, [...known])}"?` : '';
      throw new InputError(`--ou: no account of ${org.id} is under "${ou}"${hint}`);
    }
  }
}

export function selectAccounts(org: Organization, filters: AccountFilters): Selection {
  checkAccountIds('--accounts', filters.accounts);
  checkAccountIds('--exclude-accounts', filters.excludeAccounts);
  const members = new Set(org.accounts.map((account) => account.id));
  for (const id of filters.accounts)
    if (!members.has(id)) throw new InputError(`--accounts: ${id} is not an account of ${org.id}`);
  checkOus(org, filters.ous);
  const notes = filters.excludeAccounts
    .filter((id) => !members.has(id))
    .map((id) => `--exclude-accounts: ${id} is not an account of ${org.id}; nothing to exclude`);
  const only = new Set(filters.accounts);
  const excluded = new Set(filters.excludeAccounts);
  const chosen = org.accounts
    .filter((account) => only.size === 0 || only.has(account.id))
    .filter((account) => filters.ous.length === 0 || filters.ous.some((ou) => inOu(account, ou)))
    .filter((account) => !excluded.has(account.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { shard } = filters;
  const accounts = shard ? chosen.filter((_, i) => i % shard.count === shard.index - 1) : chosen;
  if (accounts.length === 0) {
    throw new InputError(
      shard && chosen.length > 0
        ? `--shard ${shard.index}/${shard.count}: no account falls in this shard (${chosen.length} selected; use at most ${chosen.length} shards)`
        : `--org: no account of ${org.id} is left to scan after --accounts, --ou and --exclude-accounts`,
    );
  }
  return { accounts, notes };
}
