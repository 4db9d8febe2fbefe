/** `soc2 scan --org`: the scan's options handed to the organization source. */
import type { Io } from '../../cli/io.js';
import type { OrgFlags } from './flags.js';
import { loadOrgSource, type OrgEvaluation, type OrgSourceResult } from './index.js';
import type { Shard } from './select.js';

export interface LiveScanFlags {
  profile?: string;
  regions: string[];
  externalId?: string;
  concurrency?: number;
  quiet: boolean;
}

export function loadOrgScan(
  options: LiveScanFlags,
  flags: OrgFlags,
  shard: Shard | undefined,
  io: Io,
  evaluation: OrgEvaluation,
): Promise<OrgSourceResult> {
  return loadOrgSource(
    {
      profile: options.profile,
      regions: options.regions,
      roleName: flags.roleName,
      externalId: options.externalId,
      accounts: flags.accounts,
      excludeAccounts: flags.excludeAccounts,
      ous: flags.ous,
      ...(shard ? { shard } : {}),
      concurrency: options.concurrency,
      accountConcurrency: flags.accountConcurrency,
      quiet: options.quiet,
    },
    evaluation,
    io,
  );
}
