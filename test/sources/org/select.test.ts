/** Which accounts an organization run scans: filters, OU paths, and shards that partition them. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import type { OrgAccount, Organization } from '../../../src/sources/org/accounts.js';
import { parseShard, selectAccounts } from '../../../src/sources/org/select.js';

function account(id: string, ous: string[]): OrgAccount {
  return {
    id,
    name: `acct-${id.slice(-2)}`,
    state: 'ACTIVE',
    ous: ous.map((name, i) => ({
      id: `ou-ab12-${ous
        .slice(0, i + 1)
        .join('-')
        .toLowerCase()}`,
      name,
    })),
  };
}

const ORG: Organization = {
  id: 'o-test000001',
  accounts: Array.from({ length: 11 }, (_, i) =>
    account(
      String(100000000000 + i),
      i % 3 === 0 ? ['Workloads', 'Prod'] : i % 3 === 1 ? ['Workloads', 'Dev'] : [],
    ),
  ),
};

const none = { accounts: [], excludeAccounts: [], ous: [] };
const ids = (selection: { accounts: OrgAccount[] }) => selection.accounts.map((a) => a.id);

describe('selectAccounts', () => {
  it('an OU name or path selects the accounts below it, nested ones included', () => {
    expect(ids(selectAccounts(ORG, { ...none, ous: ['Workloads/Prod'] }))).toEqual([
      '100000000000',
      '100000000003',
      '100000000006',
      '100000000009',
    ]);
    expect(selectAccounts(ORG, { ...none, ous: ['Workloads'] }).accounts).toHaveLength(8);
    const prodId = ORG.accounts[0]!.ous![1]!.id;
    expect(ids(selectAccounts(ORG, { ...none, ous: [prodId] }))).toEqual(
      ids(selectAccounts(ORG, { ...none, ous: ['Workloads/Prod'] })),
    );
  });

  it('shards partition the selection: disjoint, covering, balanced within one, stable across runs', () => {
    for (const count of [1, 2, 3, 4, 11]) {
      const shards = Array.from({ length: count }, (_, i) =>
        ids(selectAccounts(ORG, { ...none, shard: { index: i + 1, count } })),
      );
      const all = shards.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual(ORG.accounts.map((a) => a.id).sort());
      const sizes = shards.map((shard) => shard.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      // The order ListAccounts answered in does not matter.
      const reversed = { ...ORG, accounts: [...ORG.accounts].reverse() };
      expect(ids(selectAccounts(reversed, { ...none, shard: { index: 1, count } }))).toEqual(shards[0]);
    }
  });

  it('an empty shard, an unknown OU and an OU that could not be read are input errors', () => {
    expect(() => selectAccounts(ORG, { ...none, shard: { index: 12, count: 12 } })).toThrow(
      /no account falls in this shard \(11 selected/,
    );
    expect(() => selectAccounts(ORG, { ...none, ous: ['Prd'] })).toThrow(/did you mean "Prod"/);
    const unread = {
      ...ORG,
      accounts: [
        ...ORG.accounts,
        { id: '200000000000', name: 'x', state: 'ACTIVE', ousError: 'AccessDenied' },
      ],
    };
    expect(() => selectAccounts(unread, { ...none, ous: ['Prod'] })).toThrow(InputError);
    // Without --ou, an unread OU path does not matter.
    expect(selectAccounts(unread, none).accounts).toHaveLength(12);
  });

  it('parseShard takes i/n with 1 <= i <= n only', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/2'])
      expect(() => parseShard(bad)).toThrow(InputError);
  });
});
