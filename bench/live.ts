/**
 * Live-scan benchmark: a generated account of about 5,000 resources over 4
 * regions behind the loopback AWS server, 30 ms per call and per-operation
 * rate limits like AWS's published ones. Records wall time, API calls, peak
 * memory, the CPU the scanner spent, and the lower bound that latency, the
 * emulated AWS rate limits and the scan's own per-service pacing allow (our own
 * concurrency is not part of it).
 *
 * The server runs in its own process, so its CPU is not charged to the scan.
 *
 *   npx tsx bench/live.ts [--concurrency N] [--lane N] [--resources N] [--runs N] [--no-write]
 *   (`npm run bench` runs this file in a fresh process through runLiveBenchProcess())
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { callsOf, LIVE_SERVICES } from '../src/sources/live/catalog.js';
import { DEFAULT_CONCURRENCY, DEFAULT_LANE_CONCURRENCY, loadLiveSource } from '../src/sources/live/index.js';
import { RATE_LIMITS as SCANNER_RATE_LIMITS, rateLimitOf } from '../src/sources/live/rate-limits.js';
import { criticalPath } from './critical-path.js';
import type { Snapshot } from '../src/sources/snapshot/format.js';
import { PACKAGE_ROOT } from '../src/version.js';
import { largeAccount, scanLowerBound, type PacedBucket } from '../test/support/aws-server/index.js';
import { RateLimiter } from '../test/support/aws-server/faults.js';
import { startFakeAwsProcess } from '../test/support/aws-server/process.js';
import type { RecordedCall } from '../test/support/aws-server/types.js';

export const LATENCY_MS = 30;

/**
 * Requests per second (sustained refill rate) per account and region.
 * - EC2: non-mutating Describe* actions refill 20 tokens/s per API (bucket 100),
 *   "Request throttling for the Amazon EC2 API", docs.aws.amazon.com/ec2/latest/devguide/ec2-api-throttling.html
 * - RDS: "up to 300 requests in a burst and a sustained 12 requests per second", shared by all
 *   RDS API calls, docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-api-throttling.html
 * - KMS: per-operation request quotas (DescribeKey 2,000/s; GetKeyRotationStatus 1,000/s;
 *   ListKeys and ListAliases 500/s), docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html
 * The loopback server's buckets hold one second of requests, so bursts are smaller than AWS's:
 * the bound below is computed with the same buckets, so the comparison stays fair.
 */
export const RATE_LIMITS: Record<string, number> = {
  'ec2:DescribeSubnets': 20,
  'ec2:DescribeRouteTables': 20,
  'ec2:DescribeInternetGateways': 20,
  'ec2:DescribeVolumes': 20,
  'ec2:DescribeSecurityGroups': 20,
  'ec2:DescribeRegions': 20,
  'rds:*': 12,
  'kms:DescribeKey': 2000,
  'kms:GetKeyRotationStatus': 1000,
  'kms:ListKeys': 500,
  'kms:ListAliases': 500,
};

/**
 * The live source before per-(service, region) lanes, the credential-report path and
 * HTTP-only DescribeRules (commit 4bf1c7f: one limit of 16 calls in flight), measured
 * with this benchmark (server in its own process, median of 3 runs) on 2026-11-25.
 */
export const BEFORE = {
  source: 'commit 4bf1c7f, concurrency 16 (one global limit)',
  wallMs: 5551,
  coldWallMs: 5882,
  apiCalls: 2581,
  lowerBoundMs: 150,
  ratioToBound: 37.01,
  scannerCpuMs: 2401,
  scannerCpuPerCallMs: 0.93,
  wallOverScannerCpu: 2.31,
  peakRssMb: 295.8,
  sameCodeAtConcurrency64: { wallMs: 2430, apiCalls: 2581, scannerCpuMs: 2146 },
  previouslyReported: {
    wallMs: 6383,
    lowerBoundMs: 4860,
    ratioToBound: 1.31,
    why: 'that bound counted ceil(calls / 16) × latency, 16 being our own concurrency, and the server shared the process',
  },
};

export interface LiveBenchResult {
  benchmark: 'live-scan';
  resources: number;
  regions: string[];
  latencyMs: number;
  /** Our own limits, a choice of the scanner: not part of the lower bound. */
  concurrency: { global: number; perServiceAndRegion: number };
  rateLimits: Record<string, number>;
  wallMs: number;
  apiCalls: number;
  callsByAction: Record<string, number>;
  /** Calls the server throttled (each retried by the SDK). */
  throttledCalls: number;
  gaps: number;
  peakRssMb: number;
  peakHeapMb: number;
  /**
   * The floor: the fastest any scanner making these calls could finish, the
   * longest chain of dependent calls × latency, or the slowest rate-limited bucket.
   */
  lowerBound: { ms: number; limitedBy: string; criticalPathCalls: number };
  /**
   * The scan paces itself per SDK client and region (src/sources/live/rate-limits.ts, on by
   * default): each such bucket's calls, burst and rate, and the earliest its last call can end.
   */
  pacing: { on: boolean; slowestBuckets: (PacedBucket & { ms: number })[]; uncounted: string[] };
  /** The bound without the scan's own pacing: latency and the emulated AWS limits alone. */
  unpacedLowerBound: { ms: number; limitedBy: string };
  ratioToBound: number;
  /** CPU of the scanner process during the scan (user + system; JavaScript runs on one core). */
  scannerCpu: { ms: number; perCallMs: number };
  /** CPU of the loopback server, in its own process. */
  serverCpuMs: number;
  /**
   * Wall time over the scanner's own CPU time: how busy the scan keeps its one
   * JavaScript thread. Our utilisation, not a floor: a client that spent less
   * CPU per call would finish sooner.
   */
  wallOverScannerCpu: number;
  machine: { cpus: number; loadAverage1m: number; node: string };
  /** Every scan of the measurement (first one cold); the figures above are the median one's. */
  runs?: { wallMs: number; scannerCpuMs: number }[];
  notes?: string[];
  before?: typeof BEFORE;
  recordedAt: string;
}

const NOTES = [
  "lowerBound = max(latency × the longest chain of dependent calls, the slowest rate-limited bucket of the emulated AWS, the slowest of the scan's own pacing buckets (per SDK client and region: (calls − burst) / rate + latency)); our own concurrency is not part of it. unpacedLowerBound leaves the pacing out.",
  'The loopback server runs in its own process (serverCpuMs); scannerCpu is the scanning process alone, user + system, during the scan (normalization included).',
  'wallOverScannerCpu = wall time / the scanner process CPU time: our own utilisation, not a floor. The SDK spends about a millisecond of CPU per call (signing, serialization, HTTP, XML/JSON parsing) on one JavaScript thread, and on 2 cores the emulated AWS competes for the same CPU; a leaner client would lower both. The floor is lowerBound.',
  "Figures are those of the median of the runs by wall time (runs[0] is the cold one, JIT included); peakRssMb is the first scan's. Other work on the 2-core machine inflates them (machine.loadAverage1m).",
  "The server loads every service's SDK schemas before the scan starts: its own start-up is not charged to the scan.",
];

function countByAction(calls: readonly RecordedCall[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) counts[call.action] = (counts[call.action] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([, a], [, b]) => b - a));
}

/**
 * The scan's client-side buckets (one per SDK client and region, as ClientPool keeps them)
 * and the requests it sent through each, from the snapshot: one per page read, plus the
 * one that failed. A call two SDK clients declare under the same name is left uncounted,
 * which keeps the bound a bound.
 */
async function pacedBuckets(snapshot: Snapshot): Promise<{ buckets: PacedBucket[]; uncounted: string[] }> {
  const packages = new Map<string, Set<string>>();
  for (const call of callsOf(LIVE_SERVICES)) {
    const key = `${call.service}:${call.action}`;
    packages.set(key, (packages.get(key) ?? new Set()).add(call.sdkPackage));
  }
  const clientNames = new Map<string, string>();
  const clientNameOf = async (sdkPackage: string): Promise<string> => {
    let name = clientNames.get(sdkPackage);
    if (name === undefined) {
      const exports = Object.keys((await import(sdkPackage)) as Record<string, unknown>);
      name = exports.find((key) => key.endsWith('Client') && !key.startsWith('_'));
      if (name === undefined) throw new Error(`${sdkPackage} exports no client class`);
      clientNames.set(sdkPackage, name);
    }
    return name;
  };
  const counts = new Map<string, PacedBucket>();
  const uncounted = new Set<string>();
  for (const record of snapshot.calls) {
    if (record.via === 'config') continue;
    const candidates = [...(packages.get(`${record.service}:${record.action}`) ?? [])];
    if (candidates.length !== 1) {
      uncounted.add(`${record.service}:${record.action}`);
      continue;
    }
    const clientName = await clientNameOf(candidates[0]!);
    const key = `${clientName.replace(/Client$/, '')} ${record.region}`;
    const limit = rateLimitOf(SCANNER_RATE_LIMITS, clientName);
    const bucket = counts.get(key) ?? { key, calls: 0, burst: limit.burst, perSecond: limit.perSecond };
    bucket.calls += Math.max(1, record.responses.length + (record.error ? 1 : 0));
    counts.set(key, bucket);
  }
  return { buckets: [...counts.values()], uncounted: [...uncounted].sort() };
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runLiveBench(
  options: { resources?: number; regions?: number; concurrency?: number; lane?: number } = {},
): Promise<LiveBenchResult> {
  const account = largeAccount({ resources: options.resources ?? 5000, regions: options.regions ?? 4 });
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const lane = Math.min(concurrency, options.lane ?? DEFAULT_LANE_CONCURRENCY);
  const fake = await startFakeAwsProcess({ account, latencyMs: LATENCY_MS, rateLimits: RATE_LIMITS });
  // v8's heap statistics, not process.memoryUsage(): reading the RSS from /proc would cost the scan CPU.
  let peakHeap = getHeapStatistics().used_heap_size;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }, 20);
  try {
    const serverCpuBefore = (await fake.stats()).cpuMs;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const result = await loadLiveSource(
      {
        regions: account.enabledRegions,
        quiet: true,
        concurrency,
        laneConcurrency: lane,
        endpoint: fake.endpoint,
        rateLimits: SCANNER_RATE_LIMITS,
        credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' },
      },
      { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() },
    );
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    const { calls, cpuMs: serverCpuAfter } = await fake.stats();
    const snapshot = result.snapshot as Snapshot;
    const limiter = new RateLimiter(RATE_LIMITS);
    const isThrottle = (call: RecordedCall) =>
      limiter.keyFor(call.action) !== undefined && [400, 429, 503].includes(call.status);
    const work = calls.filter((call) => !isThrottle(call));
    const criticalPathCalls = criticalPath(snapshot);
    const unpaced = scanLowerBound({
      calls: work,
      latencyMs: LATENCY_MS,
      rateLimits: RATE_LIMITS,
      criticalPathCalls,
    });
    const pacing = await pacedBuckets(snapshot);
    const bound = scanLowerBound({
      calls: work,
      latencyMs: LATENCY_MS,
      rateLimits: RATE_LIMITS,
      criticalPathCalls,
      paced: pacing.buckets,
    });
    const scannerCpuMs = (cpu.user + cpu.system) / 1000;
    const { cpus, loadavg } = await import('node:os');
    const serverCpuMs = serverCpuAfter - serverCpuBefore;
    return {
      benchmark: 'live-scan',
      resources: result.inventory.resources.length,
      regions: snapshot.regions,
      latencyMs: LATENCY_MS,
      concurrency: { global: concurrency, perServiceAndRegion: lane },
      rateLimits: RATE_LIMITS,
      wallMs: Math.round(wallMs),
      apiCalls: calls.length,
      callsByAction: countByAction(calls),
      throttledCalls: calls.length - work.length,
      gaps: result.inventory.gaps.length,
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
      peakHeapMb: round(peakHeap / 1024 / 1024, 1),
      lowerBound: { ms: Math.round(bound.ms), limitedBy: bound.limitedBy, criticalPathCalls },
      pacing: {
        on: true,
        slowestBuckets: pacing.buckets
          .map((bucket) => ({ ...bucket, ms: Math.round(bound.buckets[`paced:${bucket.key}`]!.ms) }))
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 8),
        uncounted: pacing.uncounted,
      },
      unpacedLowerBound: { ms: Math.round(unpaced.ms), limitedBy: unpaced.limitedBy },
      ratioToBound: round(wallMs / bound.ms, 2),
      scannerCpu: { ms: Math.round(scannerCpuMs), perCallMs: round(scannerCpuMs / calls.length, 2) },
      serverCpuMs: Math.round(serverCpuMs),
      wallOverScannerCpu: round(wallMs / scannerCpuMs, 2),
      machine: { cpus: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0, 2), node: process.version },
      recordedAt: new Date().toISOString(),
    };
  } finally {
    clearInterval(sampler);
    await fake.close();
  }
}

export const LIVE_RESULTS_FILE = join(PACKAGE_ROOT, 'bench', 'results', 'live.json');

export function writeLiveBenchResult(result: LiveBenchResult): string {
  mkdirSync(dirname(LIVE_RESULTS_FILE), { recursive: true });
  writeFileSync(LIVE_RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  return LIVE_RESULTS_FILE;
}

/**
 * For `npm run bench`: this file in a fresh Node process (so peak memory and
 * CPU are the scan's own, not the earlier benchmarks'), which writes live.json.
 */
export function runLiveBenchProcess(): Promise<void> {
  execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    cwd: PACKAGE_ROOT,
  });
  return Promise.resolve();
}

function flag(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : Number(process.argv[index + 1]);
}

/** `runs` scans, each against a fresh server; the median one by wall time, with every run listed. */
export async function runLiveBenchMedian(
  options: Parameters<typeof runLiveBench>[0] & { runs?: number } = {},
): Promise<LiveBenchResult> {
  const results: LiveBenchResult[] = [];
  for (let run = 0; run < Math.max(1, options.runs ?? 3); run += 1) results.push(await runLiveBench(options));
  const median = [...results].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(results.length / 2)]!;
  return {
    ...median,
    // The first scan's: a process's peak only grows, and a nightly run scans once.
    peakRssMb: results[0]!.peakRssMb,
    runs: results.map((result) => ({ wallMs: result.wallMs, scannerCpuMs: result.scannerCpu.ms })),
    notes: NOTES,
    before: BEFORE,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await runLiveBenchMedian({
    concurrency: flag('concurrency'),
    lane: flag('lane'),
    resources: flag('resources'),
    runs: flag('runs'),
  });
  const { rateLimits, callsByAction, ...figures } = result;
  void rateLimits;
  void callsByAction;
  console.log(JSON.stringify(figures));
  if (!process.argv.includes('--no-write')) console.log(`wrote ${writeLiveBenchResult(result)}`);
}
