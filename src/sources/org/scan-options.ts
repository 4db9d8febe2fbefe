/** `soc2 scan --org`: the scan's options handed to the organization source. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../io.js';
import type { Finding } from '../../engine/finding.js';
import type { RateLimits } from '../live/rate-limits.js';
import type { OrgFlags } from './flags.js';
import { loadOrgSource, type OrgEvaluation, type OrgSourceResult } from './index.js';
import type { Shard } from './select.js';

export interface LiveScanFlags {
  profile?: string;
  regions: string[];
  externalId?: string;
  concurrency?: number;
  rateLimits?: RateLimits;
  inventory?: 'api' | 'config';
  quiet: boolean;
  /** With a pack to write, each account's raw responses are kept on disk for it until then. */
  outDir?: string;
}

/** Where each account's findings go when its scan ends, instead of being held: the pack's spool (report/pack). */
export interface FindingSink {
  add(findings: readonly Finding[]): void;
  close(): void;
}

export async function loadOrgScan<Spool extends FindingSink>(
  options: LiveScanFlags,
  flags: OrgFlags,
  shard: Shard | undefined,
  io: Io,
  evaluation: OrgEvaluation,
  /** Opens the spool at a file of the scan's working folder; used only with a pack to write (`outDir`). */
  openSpool: (file: string) => Spool,
): Promise<OrgSourceResult & { findingSpool?: Spool }> {
  const snapshotDir = options.outDir !== undefined ? await mkdtemp(join(tmpdir(), 'soc2-org-')) : undefined;
  // With a pack to write, findings stream to disk account by account (the pack is written from the spool).
  const findingSpool =
    snapshotDir !== undefined ? openSpool(join(snapshotDir, 'findings.ndjson')) : undefined;
  const dispose = async () => {
    findingSpool?.close();
    if (snapshotDir !== undefined) await rm(snapshotDir, { recursive: true, force: true });
  };
  const source = await loadOrgSource(
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
      ...(options.rateLimits !== undefined ? { rateLimits: options.rateLimits } : {}),
      ...(options.inventory !== undefined ? { inventory: options.inventory } : {}),
      ...(flags.aggregator !== undefined ? { aggregator: flags.aggregator } : {}),
      accountConcurrency: flags.accountConcurrency,
      quiet: options.quiet,
      ...(snapshotDir !== undefined ? { snapshotDir } : {}),
      ...(findingSpool ? { findingSink: (findings: readonly Finding[]) => findingSpool.add(findings) } : {}),
    },
    evaluation,
    io,
  ).catch(async (error: unknown) => {
    await dispose();
    throw error;
  });
  return { ...source, ...(findingSpool ? { findingSpool } : {}), dispose };
}
