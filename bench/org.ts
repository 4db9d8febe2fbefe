/**
 * Organization benchmark (issue 8): `soc2 scan --org` over a generated
 * organization behind the loopback AWS server, in its own process: by default
 * 50 member accounts × 4 regions × 2,000 resources (about 100,000 resources),
 * 30 ms per call and the live benchmark's per-account rate limits. Records wall
 * time, API calls, findings, peak RSS and peak heap of the scanning process.
 *
 *   npx tsx bench/org.ts [--accounts N] [--resources N] [--regions N] [--account-concurrency N] [--pack] [--no-write]
 *
 * `--pack` runs the whole `soc2 scan --org --out` command instead (pack written), into org-with-pack.json.
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
import { loadOrgSource } from '../src/sources/org/index.js';
import { PACKAGE_ROOT } from '../src/version.js';
import { MANAGEMENT_ACCOUNT, generatedOrganization } from '../test/support/aws-server/index.js';
import { RateLimiter } from '../test/support/aws-server/faults.js';
import { startFakeAwsProcess } from '../test/support/aws-server/process.js';
import { LATENCY_MS, RATE_LIMITS } from './live.js';

export const ORG_RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'results', 'org.json');
export const ORG_PACK_RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'results', 'org-with-pack.json');

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
  pack?: { files: number; megabytes: number; snapshots: number };
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
        'json,html',
        '--baseline',
        'none',
        '--fail-on',
        'none',
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
    if (code !== 0 && code !== 3) throw new Error(`soc2 scan --org exited ${code}`);
    const packDir = /Evidence pack: (.+)/.exec(stdout)?.[1]?.trim() ?? '';
    const files = await readdir(packDir);
    let packBytes = 0;
    for (const file of files) packBytes += (await stat(join(packDir, file))).size;
    const result = JSON.parse(await readFile(join(packDir, 'findings.json'), 'utf8')) as {
      findings: { status: string }[];
      scan: { accounts?: string[]; parameters: { accountsNotScanned?: unknown[] } };
    };
    const byStatus: Record<string, number> = {};
    for (const finding of result.findings) byStatus[finding.status] = (byStatus[finding.status] ?? 0) + 1;
    return {
      wallMs: Math.round(wallMs),
      scannerCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
      peakHeapMb: round(peakHeap / 1024 / 1024, 1),
      findings: result.findings.length,
      findingsByStatus: byStatus,
      accountsScanned: result.scan.accounts?.length ?? 0,
      accountsNotScanned: result.scan.parameters.accountsNotScanned?.length ?? 0,
      pack: {
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

export async function runOrgBench(options: {
  accounts: number;
  resourcesPerAccount: number;
  regions: number;
  accountConcurrency: number;
  /** Run the whole `soc2 scan --org --out` command, pack included. */
  pack?: boolean;
}) {
  const org = generatedOrganization({
    members: options.accounts,
    resourcesPerAccount: options.resourcesPerAccount,
    regions: options.regions,
  });
  const regions = org.organization.members[0]!.account.enabledRegions;
  const fake = await startFakeAwsProcess({
    account: org.account,
    organization: org.organization,
    latencyMs: LATENCY_MS,
    rateLimits: RATE_LIMITS,
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
      ],
      { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
    );
    const scan = JSON.parse(output) as ScanFigures;
    const { calls, cpuMs: serverCpuMs } = await fake.stats();
    const limiter = new RateLimiter(RATE_LIMITS);
    const throttled = calls.filter(
      (call) => limiter.keyFor(call.action) !== undefined && [400, 429, 503].includes(call.status),
    ).length;
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
      ...scan,
      apiCalls: calls.length,
      throttledCalls: throttled,
      callsPerSecond: round(calls.length / (scan.wallMs / 1000), 1),
      scannerCpuPerCallMs: round(scan.scannerCpuMs / calls.length, 2),
      serverCpuMs: Math.round(serverCpuMs),
      machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0, 2), node: process.version },
      notes: [
        'Each account is fetched, normalized and evaluated by the live source, then only its findings and gaps are kept: at most accountConcurrency accounts hold raw responses at once.',
        options.pack
          ? "The whole command: soc2 scan --org --out DIR --format json,html, so the figures include the pack (findings.json, findings.parquet through DuckDB, the HTML report, the CSV, each account's snapshot-<account>.json.gz) and the findings of every account held until it is written."
          : 'The findings of every account are held until the pack is written (findings.json is one document); the pack itself is not written here (--pack does).',
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
    const figures = await (process.argv.includes('--pack') ? scanWithPack : scanOnly)(
      endpoint,
      (text('region-list') ?? '').split(','),
      flag('account-concurrency', DEFAULT_ACCOUNT_CONCURRENCY),
    );
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const result = await runOrgBench({
      accounts: flag('accounts', 50),
      resourcesPerAccount: flag('resources', 2000),
      regions: flag('regions', 4),
      accountConcurrency: flag('account-concurrency', DEFAULT_ACCOUNT_CONCURRENCY),
      pack: process.argv.includes('--pack'),
    });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (!process.argv.includes('--no-write')) {
      const file = process.argv.includes('--pack') ? ORG_PACK_RESULTS_FILE : ORG_RESULTS_FILE;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    }
  }
}
