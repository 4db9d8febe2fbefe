/**
 * Period benchmark (issue 8): `soc2 period` over 90 nights × 10 accounts of
 * nightly packs, about 2 million finding rows. Records the command's wall
 * time, CPU and peak RSS (in a process of its own) into bench/results/period.json.
 *
 *   npx tsx bench/period.ts [--nights N] [--accounts N] [--findings N] [--no-write]
 *
 * The packs are generated cheaply, not scanned: one DuckDB session writes each
 * night's findings.parquet (the columns of a real pack, over the whole rule
 * catalogue, with failures that come and go between nights), and each pack
 * gets a real manifest.json hashing it, so `soc2 period` verifies every pack
 * before counting its rows as it would for packs the scanner wrote.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules, RULES_VERSION } from '../rules/index.js';
import { FINDINGS_SCHEMA_VERSION, type ScanResult } from '../src/engine/finding.js';
import { openDuck, sqlString } from '../src/history/duckdb.js';
import { TYPED_PROJECTION } from '../src/history/findings-table.js';
import { folderTimestamp, scopeFolder } from '../src/report/pack/layout.js';
import { buildManifest, MANIFEST_FILE } from '../src/report/pack/manifest.js';
import { PACKAGE_ROOT, TOOL_NAME, TOOL_VERSION } from '../src/version.js';

export const PERIOD_RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'results', 'period.json');

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];
const FIRST_NIGHT = '2026-01-01';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a whole number`);
  return value;
}

function nightOf(index: number): string {
  return new Date(Date.parse(`${FIRST_NIGHT}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
}

/** Writes `accounts × nights` packs under `root` (`root/<account>/<timestamp>/`); returns the rows written. */
async function generatePacks(
  root: string,
  options: { nights: number; accounts: number; findingsPerPack: number },
): Promise<number> {
  const duck = await openDuck({ memoryLimit: '256MB' });
  const { connection } = duck;
  try {
    await connection.run(
      'CREATE TABLE rules (n INTEGER, rule_id VARCHAR, title VARCHAR, severity VARCHAR, criteria VARCHAR, resource_type VARCHAR)',
    );
    const appender = await connection.createAppender('rules');
    allRules.forEach((rule, n) => {
      appender.appendInteger(n);
      appender.appendVarchar(rule.id);
      appender.appendVarchar(rule.title);
      appender.appendVarchar(rule.severity);
      appender.appendVarchar(JSON.stringify(rule.criteria));
      appender.appendVarchar(rule.appliesTo[0] ?? 'aws-account');
      appender.endRow();
    });
    appender.closeSync();
    // One account's resources: rule i % rules, a base verdict per resource, and a per-night drift.
    await connection.run(`CREATE TABLE base AS
      SELECT i, r.rule_id, r.title, r.severity, r.criteria, r.resource_type,
             ${sqlString(REGIONS.join(','))} AS regions,
             hash(i) % 100 AS roll
      FROM range(${options.findingsPerPack}) t(i) JOIN rules r ON r.n = i % ${allRules.length}`);
    let rows = 0;
    for (let a = 0; a < options.accounts; a += 1) {
      const account = String(200_000_000_000 + a * 7919);
      for (let n = 0; n < options.nights; n += 1) {
        const night = nightOf(n);
        const startedAt = new Date(`${night}T02:00:00.000Z`);
        const packDir = join(root, scopeFolder(account), folderTimestamp(startedAt));
        await mkdir(packDir, { recursive: true });
        const file = join(packDir, 'findings.parquet');
        // 75% pass, 15% fail, 5% n/a, 3% unknown, 2% suppressed; each night fixes 1 in 30 failures and breaks 1 in 200 passes.
        const status = `CASE
            WHEN roll < 75 THEN CASE WHEN hash(i, ${a}, ${n}) % 200 = 0 THEN 'FAIL' ELSE 'PASS' END
            WHEN roll < 90 THEN CASE WHEN hash(i, ${a}, ${n}) % 30 = 0 THEN 'PASS' ELSE 'FAIL' END
            WHEN roll < 95 THEN 'NOT_APPLICABLE'
            WHEN roll < 98 THEN 'UNKNOWN'
            ELSE 'SUPPRESSED' END`;
        await connection.run(`COPY (SELECT ${TYPED_PROJECTION} FROM (
            SELECT ${sqlString(startedAt.toISOString())} AS scan_time,
                   ${sqlString(account)} AS scope,
                   ${sqlString(folderTimestamp(startedAt))} AS pack_id,
                   'live' AS source_kind,
                   ${sqlString(account)} AS account,
                   split_part(regions, ',', (i % 4) + 1) AS region,
                   rule_id, title, criteria, severity, ${status} AS status,
                   'arn:aws:' || resource_type || ':' || split_part(regions, ',', (i % 4) + 1) || ':${account}:res-' || i AS resource_id,
                   resource_type,
                   'res-' || i AS resource_name,
                   rule_id || ' on res-' || i AS message,
                   CASE WHEN roll >= 98 THEN '2026-12-31' END AS suppression_expires
            FROM base)) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
        rows += options.findingsPerPack;
        const bytes = await readFile(file);
        const result: Pick<ScanResult, 'scan' | 'tool' | 'schemaVersion'> = {
          schemaVersion: FINDINGS_SCHEMA_VERSION,
          tool: { name: TOOL_NAME, version: TOOL_VERSION, rulesVersion: RULES_VERSION },
          scan: {
            source: 'live',
            scope: account,
            startedAt: startedAt.toISOString(),
            finishedAt: new Date(startedAt.getTime() + 600_000).toISOString(),
            parameters: { regions: REGIONS },
            accounts: [account],
            regions: REGIONS,
          },
        };
        await writeFile(
          join(packDir, MANIFEST_FILE),
          buildManifest({
            result: result as ScanResult,
            rules: [],
            files: [
              {
                path: 'findings.parquet',
                sha256: createHash('sha256').update(bytes).digest('hex'),
                size: bytes.length,
              },
            ],
            generatedAt: startedAt,
          }),
        );
      }
    }
    return rows;
  } finally {
    duck.close();
  }
}

interface PeriodFigures {
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  outputs: Record<string, number>;
}

/** The command itself, in this process (started fresh by runPeriodBench): its peak RSS is its own. */
async function periodOnly(root: string, from: string, to: string): Promise<PeriodFigures> {
  const { main } = await import('../src/cli/main.js');
  const out = join(root, '..', 'period-out');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const code = await main(
    ['period', root, '--from', from, '--to', to, '--out', out, '--format', 'json,html'],
    {
      stdout: { write: () => true },
      stderr: process.stderr,
      env: process.env,
      cwd: PACKAGE_ROOT,
    },
  );
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const outputs: Record<string, number> = {};
  for (const name of ['period.json', 'period.html']) {
    outputs[name] = round(
      (await readFile(join(out, name)).catch(() => Buffer.alloc(0))).length / 1024 / 1024,
      2,
    );
  }
  return {
    exitCode: code,
    wallMs: Math.round(wallMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    outputs,
  };
}

export async function runPeriodBench(options: { nights: number; accounts: number; findingsPerPack: number }) {
  const work = await mkdtemp(join(tmpdir(), 'soc2-period-bench-'));
  const root = join(work, 'packs');
  try {
    const loadAtStart = round(loadavg()[0] ?? 0, 2);
    const generationStarted = performance.now();
    const rows = await generatePacks(root, options);
    const generationMs = Math.round(performance.now() - generationStarted);
    const from = nightOf(0);
    const to = nightOf(options.nights - 1);
    const output = execFileSync(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url), '--period', root, from, to],
      { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
    );
    const figures = JSON.parse(output) as PeriodFigures;
    return {
      benchmark: 'period-report',
      nights: options.nights,
      accounts: options.accounts,
      packs: options.nights * options.accounts,
      findingsPerPack: options.findingsPerPack,
      rows,
      rules: allRules.length,
      window: { from, to },
      command: 'soc2 period DIR --from FROM --to TO --format json,html',
      ...figures,
      rowsPerSecond: Math.round(rows / (figures.wallMs / 1000)),
      generationMs,
      machine: {
        cpus: cpus().length,
        loadAverageAtStart1m: loadAtStart,
        loadAverage1m: round(loadavg()[0] ?? 0, 2),
        node: process.version,
      },
      notes: [
        'Packs generated, not scanned: each findings.parquet has the columns of a real pack over the whole rule catalogue (one row per rule and resource); 15% of rows fail, each night fixes 1 in 30 failures and breaks 1 in 200 passes, so exceptions open and close across the period.',
        'Each pack has a manifest.json hashing its findings.parquet: soc2 period verifies all of them (unsigned, so each is named as an unsigned pack) before counting rows.',
        "peakRssMb is the period process's own (a fresh process): Node, DuckDB (memory limit 256 MB by default, spilling to disk beyond) and the outputs.",
        'The machine is shared (2 cores, other work running): the load averages say how busy it was; wall time is inflated accordingly.',
      ],
      recordedAt: new Date().toISOString(),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** For `npm run bench`: this file in a fresh Node process, which writes period.json. */
export function runPeriodBenchProcess(): Promise<void> {
  execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    cwd: PACKAGE_ROOT,
  });
  return Promise.resolve();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--period');
  if (at >= 0) {
    const [root, from, to] = process.argv.slice(at + 1, at + 4) as [string, string, string];
    process.stdout.write(`${JSON.stringify(await periodOnly(root, from, to))}\n`);
  } else {
    const result = await runPeriodBench({
      nights: flag('nights', 90),
      accounts: flag('accounts', 10),
      findingsPerPack: flag('findings', 2222),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (!process.argv.includes('--no-write')) {
      mkdirSync(dirname(PERIOD_RESULTS_FILE), { recursive: true });
      writeFileSync(PERIOD_RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
    }
  }
}
