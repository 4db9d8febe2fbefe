/**
 * `soc2 merge PACK... --out DIR`: the shards of a sharded organization scan
 * (a GitHub Actions matrix, an AWS Batch array job) become one organization
 * pack. Every input is verified first (hashes, and the signature when trusted
 * keys are given) and every problem of every input is named; nothing is merged
 * unless all verify, since a merged pack silently missing a shard would read
 * as evidence about accounts it holds nothing on.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Io } from '../../io.js';
import type { OutputFormat } from '../formats.js';
import { countByStatus, type ScanResult } from '../../engine/finding.js';
import { InputError } from '../../errors.js';
import { terminalSafe } from '../console.js';
import { readFindingsFile } from './findings-file.js';
import { PACK_FILES, writePack } from './index.js';
import { loadTrustedKeys } from './trust.js';
import { verdictOf, VERIFY_EXIT, verifyPack } from './verify.js';
import { locateFindings } from './rerender.js';

export interface MergeOptions {
  packs: string[];
  outDir: string;
  formats: OutputFormat[];
  publicKeys?: string[];
  trustedKeys?: string;
  signKey?: string;
  kmsSignKey?: string;
  templateDir?: string;
}

interface Shard {
  packDir: string;
  result: ScanResult;
  findingsSha256: string;
}

const SHARD_SCOPE = /^(.+)-shard-(\d+)-of-(\d+)$/;

/** `o-abc-shard-1-of-2` -> the organization's scope and the shard; other scopes are their own. */
function shardOf(scope: string): { scope: string; index?: number; count?: number } {
  const match = SHARD_SCOPE.exec(scope);
  return match ? { scope: match[1] as string, index: Number(match[2]), count: Number(match[3]) } : { scope };
}

/** Every shard of `--shard i/n` once, or the merged pack would hold part of the organization. */
function checkShardsComplete(shards: readonly { packDir: string; result: ScanResult }[]): void {
  const counts = new Set<number>();
  const seen = new Map<number, string>();
  for (const { packDir, result } of shards) {
    const shard = shardOf(result.scan.scope);
    if (shard.index === undefined || shard.count === undefined) continue;
    counts.add(shard.count);
    const earlier = seen.get(shard.index);
    if (earlier !== undefined) throw new InputError(`shard ${shard.index} is both ${earlier} and ${packDir}`);
    seen.set(shard.index, packDir);
  }
  if (counts.size > 1) throw new InputError(`the packs come from different --shard splits`);
  const [count] = counts;
  if (count === undefined) return;
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.has(index));
  if (missing.length > 0)
    throw new InputError(`shard ${missing.join(', ')} of ${count} is missing: every shard must be merged`);
}

/** The scan every shard ran: scope, rules version and source must agree, and no account may be in two shards. */
export function mergeResults(shards: readonly { packDir: string; result: ScanResult }[]): ScanResult {
  const [first] = shards;
  if (!first) throw new InputError('name at least two packs');
  checkShardsComplete(shards);
  const scope = shardOf(first.result.scan.scope).scope;
  const owners = new Map<string, string>();
  for (const { packDir, result } of shards) {
    for (const [field, value, expected] of [
      ['scope', shardOf(result.scan.scope).scope, scope],
      ['rules version', result.tool.rulesVersion, first.result.tool.rulesVersion],
      ['source', result.scan.source, first.result.scan.source],
    ] as const) {
      if (value !== expected)
        throw new InputError(
          `${packDir} has ${field} ${value}, ${first.packDir} has ${expected}: only shards of one scan merge`,
        );
    }
    for (const account of result.scan.accounts ?? []) {
      const earlier = owners.get(account);
      if (earlier !== undefined)
        throw new InputError(`account ${account} is in both ${earlier} and ${packDir}`);
      owners.set(account, packDir);
    }
  }
  const results = shards.map((shard) => shard.result);
  const findings = results.flatMap((result) => result.findings);
  const rules = new Map(results.flatMap((result) => result.rules).map((rule) => [rule.id, rule]));
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const notEvaluated = results.flatMap((result) => result.notEvaluated ?? []);
  return {
    schemaVersion: first.result.schemaVersion,
    tool: first.result.tool,
    scan: {
      ...first.result.scan,
      scope,
      startedAt: results.map((result) => result.scan.startedAt).sort()[0] ?? first.result.scan.startedAt,
      finishedAt:
        results
          .map((result) => result.scan.finishedAt)
          .sort()
          .at(-1) ?? first.result.scan.finishedAt,
      accounts: sorted(results.flatMap((result) => result.scan.accounts ?? [])),
      regions: sorted(results.flatMap((result) => result.scan.regions ?? [])),
      dataSources: sorted(results.flatMap((result) => result.scan.dataSources ?? [])),
      parameters: {
        ...first.result.scan.parameters,
        mergedFrom: shards.map((shard) => shard.packDir),
      },
      evidenceDates: {
        recorded: results.flatMap((result) => result.scan.evidenceDates?.recorded ?? []),
        olderFacts: results.flatMap((result) => result.scan.evidenceDates?.olderFacts ?? []),
      },
    },
    rules: [...rules.values()],
    findings,
    gaps: results.flatMap((result) => result.gaps),
    summary: { total: findings.length, byStatus: countByStatus(findings) },
    ...(notEvaluated.length > 0
      ? { notEvaluated: [...new Map(notEvaluated.map((rule) => [rule.ruleId, rule])).values()] }
      : {}),
  };
}

/** The raw evidence files of a pack (snapshot.json, snapshot-<account>.json.gz), renamed by account when needed. */
async function evidenceOf(packDir: string, result: ScanResult): Promise<{ name: string; path: string }[]> {
  const files = await readdir(packDir);
  return files.flatMap((file) => {
    if (/^snapshot-\d{12}\.json(\.gz)?$/.test(file)) return [{ name: file, path: join(packDir, file) }];
    if (file === PACK_FILES.snapshot) {
      const account = result.scan.accounts?.[0] ?? result.scan.scope;
      return [{ name: `snapshot-${account}.json`, path: join(packDir, file) }];
    }
    return [];
  });
}

export async function mergePacks(options: MergeOptions, io: Io): Promise<number> {
  if (options.packs.length < 2) throw new InputError('name at least two packs to merge');
  const trusted = await loadTrustedKeys(
    { publicKeys: options.publicKeys, trustedKeysFile: options.trustedKeys },
    io,
  );
  const shards: Shard[] = [];
  let failed = false;
  for (const given of options.packs) {
    const { file, packDir } = await locateFindings(resolve(io.cwd, given));
    const report = await verifyPack(packDir, { trusted });
    const verdict = verdictOf(report, packDir);
    if (!report.ok || (trusted !== undefined && report.signer !== 'trusted')) {
      failed = true;
      for (const problem of report.problems)
        io.stderr.write(`FAILED ${terminalSafe(`${packDir}: ${problem.file}: ${problem.problem}`)}\n`);
      if (report.problems.length === 0) io.stderr.write(`FAILED ${terminalSafe(verdict.line)}\n`);
      continue;
    }
    const { result, sha256 } = await readFindingsFile(file);
    const listed = report.files?.find((entry) => entry.path === PACK_FILES.json);
    if (listed?.sha256 !== sha256) {
      failed = true;
      io.stderr.write(
        `FAILED ${terminalSafe(`${packDir}: ${PACK_FILES.json} is not the one its manifest lists`)}\n`,
      );
      continue;
    }
    shards.push({ packDir, result, findingsSha256: sha256 });
  }
  if (failed) {
    io.stderr.write('soc2: not merged: every pack must verify (the lines above name what does not)\n');
    return VERIFY_EXIT.failed;
  }
  const merged = mergeResults(shards);
  const evidenceFiles = (
    await Promise.all(shards.map((shard) => evidenceOf(shard.packDir, shard.result)))
  ).flat();
  const pack = await writePack(merged, {
    outDir: resolve(io.cwd, options.outDir),
    formats: options.formats,
    evidenceFiles,
    templateDir: options.templateDir !== undefined ? resolve(io.cwd, options.templateDir) : undefined,
    signKey: options.signKey !== undefined ? resolve(io.cwd, options.signKey) : undefined,
    kmsSignKey: options.kmsSignKey,
    timestamp: new Date(),
    log: (line) => io.stderr.write(`${line}\n`),
  });
  io.stdout.write(
    `Merged ${shards.length} packs (${merged.scan.accounts?.length ?? 0} accounts, ${merged.findings.length} findings)\nEvidence pack: ${pack.dir}\n`,
  );
  return 0;
}
