/**
 * Organization benchmark (issue 8): `soc2 scan --org` over a generated
 * organization behind the loopback AWS server, in its own process: by default
 * 50 member accounts × 4 regions × 2,000 resources (about 100,000 resources),
 * 30 ms per call and the live benchmark's per-account rate limits. Records wall
 * time, API calls, findings, peak RSS and peak heap of the scanning process.
 *
 *   npx tsx bench/org.ts [--accounts N] [--resources N] [--regions N] [--account-concurrency N] [--pack] [--aggregator] [--no-write]
 *
 * `--pack` runs the whole `soc2 scan --org --out` command instead (pack written), into org-with-pack.json.
 * `--aggregator` (with `--pack`) reads the members' configurations from an AWS Config aggregator in the
 * management account (`--source config --aggregator`), into org-aggregator-with-pack.json.
 *
 * `npm run bench` runs it through runOrgBenchProcess().
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { allRules } from '../rules/index.js';
import { DEFAULT_ACCOUNT_CONCURRENCY } from '../src/sources/org/defaults.js';
import { DEFAULT_CONCURRENCY } from '../src/sources/live/index.js';
import { loadOrgSource } from '../src/sources/org/index.js';
import { PACKAGE_ROOT } from '../src/version.js';
import { MANAGEMENT_ACCOUNT, generatedOrganization } from '../test/support/aws-server/index.js';
import { RateLimiter } from '../test/support/aws-server/faults.js';
import type { RecordedCall } from '../test/support/aws-server/types.js';
import { startFakeAwsProcess } from '../test/support/aws-server/process.js';
import { LATENCY_MS, RATE_LIMITS } from './live.js';

export const ORG_RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'results', 'org.json');
export const ORG_PACK_RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'results', 'org-with-pack.json');
export const ORG_AGGREGATOR_RESULTS_FILE = join(
  PACKAGE_ROOT,
  'bench',
  'results',
  'org-aggregator-with-pack.json',
);

const AGGREGATOR = 'org-aggregator';
/** Every pack format but PDF (a browser's memory is not the scanner's): each is written from the findings spool. */
const PACK_FORMATS = 'json,html,sarif,junit,ocsf,asff,markdown';

/**
 * The aggregator's two reads, answered by the management account for every member. AWS publishes no
 * per-second rate for them: the client's own default pacing for such services (20 per second) is
 * applied by the emulated AWS too, to the management account's home region.
 */
const AGGREGATOR_RATE_LIMITS: Record<string, number> = {
  'config:SelectAggregateResourceConfig': 20,
  'config:BatchGetAggregateResourceConfig': 20,
};

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} expects a whole number`);
  return value;
}

interface ScanFigures {
  wallMs: number;
  scannerCpuMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  findings: number;
  findingsByStatus: Record<string, number>;
  accountsScanned: number;
  accountsNotScanned: number;
  pack?: { formats: string; files: number; megabytes: number; snapshots: number };
}

/** The scanning side, in a process of its own: nothing but the scan is in its memory. */
async function scanOnly(
  endpoint: string,
  regions: string[],
  accountConcurrency: number,
): Promise<ScanFigures> {
  let peakHeap = getHeapStatistics().used_heap_size;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }, 50);
  try {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await loadOrgSource(
      {
        regions,
        accounts: [],
        // The management account has no member role (see the org tests); the benchmark is about the members.
        excludeAccounts: [MANAGEMENT_ACCOUNT],
        ous: [],
        quiet: true,
        accountConcurrency,
        endpoint,
        credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' },
      },
      { rules: allRules, run: { now: new Date() } },
      { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() },
    );
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const byStatus: Record<string, number> = {};
    for (const finding of result.findings) byStatus[finding.status] = (byStatus[finding.status] ?? 0) + 1;
    const parameters = result.parameters as { accountsNotScanned?: unknown[] };
    return {
      wallMs: Math.round(wallMs),
      scannerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
      peakHeapMb: round(peakHeap / 1024 / 1024, 1),
      findings: result.findings.length,
      findingsByStatus: byStatus,
      accountsScanned: result.accounts?.length ?? 0,
      accountsNotScanned: parameters.accountsNotScanned?.length ?? 0,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** The whole command, `soc2 scan --org --out` (json and html): the pack and each account's snapshot written too. */
async function scanWithPack(
  endpoint: string,
  regions: string[],
  accountConcurrency: number,
  aggregator: boolean,
): Promise<ScanFigures> {
  const { main } = await import('../src/cli/main.js');
  const out = await mkdtemp(join(tmpdir(), 'soc2-org-bench-'));
  let peakHeap = getHeapStatistics().used_heap_size;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }, 50);
  try {
    const env = {
      ...process.env,
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDBENCH',
      AWS_SECRET_ACCESS_KEY: 'bench-secret',
      AWS_REGION: 'us-east-1',
    };
    Object.assign(process.env, env);
    let stdout = '';
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const code = await main(
      [
        'scan',
        '--org',
        '--region',
        regions.join(','),
        '--exclude-accounts',
        MANAGEMENT_ACCOUNT,
        '--account-concurrency',
        String(accountConcurrency),
        '--out',
        out,
        '--format',
        PACK_FORMATS,
        '--baseline',
        'none',
        '--fail-on',
        'none',
        ...(aggregator ? ['--source', 'config', '--aggregator', AGGREGATOR] : []),
        '-q',
      ],
      {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: process.stderr,
        env,
        cwd: PACKAGE_ROOT,
      },
    );
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    // Taken before anything below reads the pack back: the peak is the command's own.
    const peakRssMb = round(process.resourceUsage().maxRSS / 1024, 1);
    clearInterval(sampler);
    if (code !== 0 && code !== 3) throw new Error(`soc2 scan --org exited ${code}`);
    const packDir = /Evidence pack: (.+)/.exec(stdout)?.[1]?.trim() ?? '';
    const files = await readdir(packDir);
    let packBytes = 0;
    for (const file of files) packBytes += (await stat(join(packDir, file))).size;
    // The counts from the files' own totals: parsing findings.json here would be this process's largest allocation.
    const manifest = JSON.parse(await readFile(join(packDir, 'manifest.json'), 'utf8')) as {
      scan: { accounts?: string[]; parameters: { accountsNotScanned?: unknown[] } };
    };
    const byStatus: Record<string, number> = {};
    const perAccount = (await readFile(join(packDir, 'account-controls.csv'), 'utf8'))
      .trimEnd()
      .split('\r\n');
    const columns = perAccount[0]!.split(',');
    for (const row of perAccount.slice(1)) {
      const cells = row.split(',');
      for (const status of ['pass', 'fail', 'unknown', 'error', 'suppressed', 'not_applicable']) {
        const count = Number(cells[columns.indexOf(status)]);
        if (count > 0) byStatus[status.toUpperCase()] = (byStatus[status.toUpperCase()] ?? 0) + count;
      }
    }
    return {
      wallMs: Math.round(wallMs),
      scannerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb,
      peakHeapMb: round(peakHeap / 1024 / 1024, 1),
      findings: Object.values(byStatus).reduce((sum, count) => sum + count, 0),
      findingsByStatus: byStatus,
      accountsScanned: manifest.scan.accounts?.length ?? 0,
      accountsNotScanned: manifest.scan.parameters.accountsNotScanned?.length ?? 0,
      pack: {
        formats: PACK_FORMATS,
        files: files.length,
        megabytes: round(packBytes / 1024 / 1024, 1),
        snapshots: files.filter((file) => file.startsWith('snapshot-')).length,
      },
    };
  } finally {
    clearInterval(sampler);
    await rm(out, { recursive: true, force: true });
  }
}

/** Calls per signing name, and the Config calls by action: what an aggregator run replaced. */
function countByService(calls: readonly RecordedCall[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) {
    const service = call.action.slice(0, call.action.indexOf(':'));
    const name = service === 'config' ? call.action : service;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}

/**
 * The floor no scanner can beat here: each rate-limited bucket (per answering account, region and
 * action) needs (calls - burst) / rate seconds plus one round trip; the accounts are scanned
 * accountConcurrency at a time, and one account needs at least its longest bucket.
 */
function orgLowerBound(
  calls: readonly RecordedCall[],
  rateLimits: Record<string, number>,
  accountConcurrency: number,
): { ms: number; limitedBy: string } {
  const limiter = new RateLimiter(rateLimits);
  const buckets = new Map<string, { account: string; key: string; calls: number }>();
  for (const call of calls) {
    const key = limiter.keyFor(call.action);
    if (key === undefined) continue;
    const account = call.account ?? 'caller';
    const name = `${account}/${key}@${call.region}`;
    const entry = buckets.get(name) ?? { account, key, calls: 0 };
    entry.calls += 1;
    buckets.set(name, entry);
  }
  const perAccount = new Map<string, { ms: number; bucket: string }>();
  let slowest = { ms: LATENCY_MS, bucket: 'latency' };
  for (const [name, { account, key, calls: n }] of buckets) {
    const rate = rateLimits[key]!;
    const ms = (Math.max(0, n - Math.max(1, rate)) / rate) * 1000 + LATENCY_MS;
    if ((perAccount.get(account)?.ms ?? 0) < ms) perAccount.set(account, { ms, bucket: name });
    if (ms > slowest.ms) slowest = { ms, bucket: name };
  }
  // Accounts run accountConcurrency at a time: the per-account floors, packed into that many lanes.
  const floors = [...perAccount.values()].map((entry) => entry.ms).sort((a, b) => b - a);
  const lanes = Array.from({ length: accountConcurrency }, () => 0);
  for (const ms of floors) {
    const lane = lanes.indexOf(Math.min(...lanes));
    lanes[lane]! += ms;
  }
  const packed = Math.max(...lanes);
  return packed > slowest.ms
    ? {
        ms: Math.round(packed),
        limitedBy: `accounts ${accountConcurrency} at a time, each at least its slowest bucket`,
      }
    : { ms: Math.round(slowest.ms), limitedBy: `rate:${slowest.bucket}` };
}

export async function runOrgBench(options: {
  accounts: number;
  resourcesPerAccount: number;
  regions: number;
  accountConcurrency: number;
  /** Run the whole `soc2 scan --org --out` command, pack included. */
  pack?: boolean;
  /** With `pack`: configurations from an AWS Config aggregator in the management account. */
  aggregator?: boolean;
}) {
  const loadAtStart = round(loadavg()[0] ?? 0, 2);
  const org = generatedOrganization({
    members: options.accounts,
    resourcesPerAccount: options.resourcesPerAccount,
    regions: options.regions,
  });
  const regions = org.organization.members[0]!.account.enabledRegions;
  if (options.aggregator) {
    // An aggregator only has what the members' recorders record: every member records every region here
    // (the generated account records only its first region, where the other regions fall back to direct calls).
    for (const member of org.organization.members) {
      for (const [name, region] of Object.entries(member.account.regions)) {
        member.account.regions[name] = {
          ...region,
          config: {
            ...region.config,
            recorders: [
              { name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } },
            ],
            recorderStatus: [{ name: 'default', recording: true, lastStatus: 'Success' }],
          },
        };
      }
    }
    const home = org.account.regions['us-east-1'] ?? {};
    org.account.regions['us-east-1'] = { ...home, config: { recorders: [], aggregators: [AGGREGATOR] } };
  }
  const rateLimits = options.aggregator ? { ...RATE_LIMITS, ...AGGREGATOR_RATE_LIMITS } : RATE_LIMITS;
  const fake = await startFakeAwsProcess({
    account: org.account,
    organization: org.organization,
    latencyMs: LATENCY_MS,
    rateLimits,
  });
  try {
    const output = execFileSync(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        fileURLToPath(import.meta.url),
        '--scan',
        fake.endpoint,
        '--region-list',
        regions.join(','),
        '--account-concurrency',
        String(options.accountConcurrency),
        ...(options.pack ? ['--pack'] : []),
        ...(options.aggregator ? ['--aggregator'] : []),
      ],
      { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
    );
    const scan = JSON.parse(output) as ScanFigures;
    const { calls, cpuMs: serverCpuMs } = await fake.stats();
    const limiter = new RateLimiter(rateLimits);
    const isThrottle = (call: RecordedCall) =>
      limiter.keyFor(call.action) !== undefined && [400, 429, 503].includes(call.status);
    const throttled = calls.filter(isThrottle).length;
    const lowerBound = orgLowerBound(
      calls.filter((call) => !isThrottle(call)),
      rateLimits,
      options.accountConcurrency,
    );
    return {
      benchmark: 'org-scan',
      accounts: options.accounts,
      regions,
      resourcesPerAccount: options.resourcesPerAccount,
      resources: options.accounts * options.resourcesPerAccount,
      latencyMs: LATENCY_MS,
      rateLimits: RATE_LIMITS,
      rateLimitScope: 'per account and region, as AWS limits each account on its own',
      accountConcurrency: options.accountConcurrency,
      ...(options.aggregator ? { source: `config aggregator ${AGGREGATOR}` } : { source: 'direct APIs' }),
      ...scan,
      peakRssUnder1GiB: scan.peakRssMb < 1024,
      lowerBound,
      ratioToBound: round(scan.wallMs / lowerBound.ms, 2),
      // With the scanner's own caps too: accountConcurrency accounts, each at most DEFAULT_CONCURRENCY calls in flight.
      floorAtOwnConcurrency: {
        ms: Math.max(
          lowerBound.ms,
          Math.ceil(calls.length / (options.accountConcurrency * DEFAULT_CONCURRENCY)) * LATENCY_MS,
        ),
        inFlight: options.accountConcurrency * DEFAULT_CONCURRENCY,
      },
      apiCalls: calls.length,
      callsByService: countByService(calls),
      throttledCalls: throttled,
      callsPerSecond: round(calls.length / (scan.wallMs / 1000), 1),
      scannerCpuPerCallMs: round(scan.scannerCpuMs / calls.length, 2),
      serverCpuMs: Math.round(serverCpuMs),
      machine: {
        cpus: cpus().length,
        loadAverage1m: round(loadavg()[0] ?? 0, 2),
        loadAverageAtStart1m: loadAtStart,
        node: process.version,
      },
      notes: [
        'Each account is fetched, normalized and evaluated by the live source, then only its findings and gaps are kept: at most accountConcurrency accounts hold raw responses at once.',
        options.pack
          ? "The whole command: soc2 scan --org --out DIR --format json,html, so the figures include the pack (findings.json, findings.parquet through DuckDB, the HTML report, the CSVs, each account's snapshot-<account>.json.gz). Each account's findings are spooled to disk when its scan ends; the pack is written from the spool, the report from a bounded sample with exact counts (src/report/pack/report-sample.ts)."
          : 'Without --out the findings of every account are held in memory (findings.json is one document on stdout); the pack is not written here (--pack does, streaming).',
        'lowerBound = max(latency × accounts / accountConcurrency rounds of the longest chain, the slowest emulated rate-limit bucket per account and region): the emulated AWS limits each account and region on its own, the aggregator only the management account.',
        'Three processes: the loopback server, this one (the fixture), and the scan, whose peakRssMb and peakHeapMb these are.',
        'The machine is shared (2 cores, other work running): machine.loadAverage1m says how busy it was.',
      ],
      recordedAt: new Date().toISOString(),
    };
  } finally {
    await fake.close();
  }
}

/**
 * For `npm run bench`: this file in a fresh Node process, which writes org.json
 * (the scan itself runs in a third process, so its peak memory is its own).
 */
export function runOrgBenchProcess(): Promise<void> {
  execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    cwd: PACKAGE_ROOT,
  });
  return Promise.resolve();
}

function text(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const endpoint = text('scan');
  if (endpoint !== undefined) {
    const regionList = (text('region-list') ?? '').split(',');
    const accountConcurrency = flag('account-concurrency', DEFAULT_ACCOUNT_CONCURRENCY);
    const figures = process.argv.includes('--pack')
      ? await scanWithPack(endpoint, regionList, accountConcurrency, process.argv.includes('--aggregator'))
      : await scanOnly(endpoint, regionList, accountConcurrency);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const result = await runOrgBench({
      accounts: flag('accounts', 50),
      resourcesPerAccount: flag('resources', 2000),
      regions: flag('regions', 4),
      accountConcurrency: flag('account-concurrency', DEFAULT_ACCOUNT_CONCURRENCY),
      pack: process.argv.includes('--pack') || process.argv.includes('--aggregator'),
      aggregator: process.argv.includes('--aggregator'),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (!process.argv.includes('--no-write')) {
      const file = process.argv.includes('--aggregator')
        ? ORG_AGGREGATOR_RESULTS_FILE
        : process.argv.includes('--pack')
          ? ORG_PACK_RESULTS_FILE
          : ORG_RESULTS_FILE;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    }
  }
}
