/**
 * The `soc2 scan` flags of an organization scan, and the checks that they are
 * used together sensibly (each misuse is one line and exit 2, never ignored).
 */
import { InputError } from '../../errors.js';
import { checkAccountIds, parseShard, type Shard } from './select.js';

export interface OrgFlags {
  org: boolean;
  roleName?: string;
  accounts: string[];
  excludeAccounts: string[];
  ous: string[];
  shard?: string;
  accountConcurrency?: number;
  /** An AWS Config aggregator holding every member's configuration items (with `--source config`). */
  aggregator?: string;
}

export interface OtherScanFlags {
  templates: readonly string[];
  snapshot?: string;
  sample: boolean;
  roleArn?: string;
  inventory?: 'api' | 'config';
}

const ROLE_NAME = /^[\w+=,.@/-]{1,512}$/;

/** The shard, when the flags are coherent; InputError otherwise. */
export function checkOrgFlags(flags: OrgFlags, other: OtherScanFlags): Shard | undefined {
  if (!flags.org) {
    const given = (
      [
        ['--role-name', flags.roleName !== undefined],
        ['--accounts', flags.accounts.length > 0],
        ['--exclude-accounts', flags.excludeAccounts.length > 0],
        ['--ou', flags.ous.length > 0],
        ['--shard', flags.shard !== undefined],
        ['--account-concurrency', flags.accountConcurrency !== undefined],
        ['--aggregator', flags.aggregator !== undefined],
      ] as const
    )
      .filter(([, set]) => set)
      .map(([flag]) => flag);
    if (given.length > 0)
      throw new InputError(`${given.join(', ')} appl${given.length === 1 ? 'ies' : 'y'} to --org scans only`);
    return undefined;
  }
  const source =
    other.templates.length > 0
      ? '--template'
      : other.snapshot !== undefined
        ? '--snapshot'
        : other.sample
          ? '--sample'
          : undefined;
  if (source !== undefined)
    throw new InputError(`--org scans live accounts: it cannot be combined with ${source}`);
  if (other.roleArn !== undefined)
    throw new InputError(
      '--org assumes --role-name in each account: run it with credentials of the management account (or a delegated administrator) instead of --role-arn',
    );
  if (flags.roleName !== undefined && !ROLE_NAME.test(flags.roleName))
    throw new InputError(`--role-name: "${flags.roleName}" is not an IAM role name (or path/name)`);
  if (flags.aggregator !== undefined && other.inventory !== 'config')
    throw new InputError(
      '--aggregator reads configuration items from AWS Config: use it with --source config',
    );
  checkAccountIds('--accounts', flags.accounts);
  checkAccountIds('--exclude-accounts', flags.excludeAccounts);
  return flags.shard === undefined ? undefined : parseShard(flags.shard);
}
