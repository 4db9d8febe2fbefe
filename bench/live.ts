/**
 * Live-scan benchmark: a generated account of about 5,000 resources over 4
 * regions behind the loopback AWS server, 30 ms per call and per-operation
 * rate limits like AWS's published ones. Records wall time, API calls, peak
 * memory and the lower bound that latency, concurrency and rate limits allow.
 *
 *   npx tsx bench/live.ts        (bench/run.ts calls runLiveBench())
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_CONCURRENCY, loadLiveSource } from '../src/sources/live/index.js';
import type { Snapshot } from '../src/sources/snapshot/format.js';
import { PACKAGE_ROOT } from '../src/version.js';
import { largeAccount, scanLowerBound, startFakeAws } from '../test/support/aws-server/index.js';

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

export interface LiveBenchResult {
  benchmark: 'live-scan';
  resources: number;
  regions: string[];
  latencyMs: number;
  concurrency: number;
  rateLimits: Record<string, number>;
  wallMs: number;
  apiCalls: number;
  /** Calls the server throttled (each retried by the SDK). */
  throttledCalls: number;
  gaps: number;
  peakRssMb: number;
  peakHeapMb: number;
  lowerBound: { ms: number; limitedBy: string; criticalPathCalls: number };
  ratioToBound: number;
  recordedAt: string;
}

function pages(snapshot: Snapshot, service: string, action: string, region: string): number {
  let most = 0;
  for (const call of snapshot.calls) {
    if (call.service === service && call.action === action && call.region === region) {
      most = Math.max(most, call.responses.length + (call.error ? 1 : 0));
    }
  }
  return most;
}

/** The longest chain of calls that must run one after another (a page needs the previous page's token ...). */
export function criticalPath(snapshot: Snapshot): number {
  const chains: number[] = [];
  const g = snapshot.globalRegion;
  const p = (service: string, action: string, region: string) => pages(snapshot, service, action, region);
  const polls = snapshot.calls.filter((call) => call.action === 'GenerateCredentialReport').length;
  chains.push(
    Math.max(
      p('iam', 'ListUsers', g) + Math.max(p('iam', 'ListMFADevices', g), p('iam', 'ListAccessKeys', g), 1),
      polls + 1,
    ),
  );
  chains.push(p('s3', 'ListBuckets', g) + 2);
  chains.push(p('cloudfront', 'ListDistributions', g));
  for (const region of snapshot.regions) {
    chains.push(p('kms', 'ListKeys', region) + 2);
    chains.push(
      p('elbv2', 'DescribeLoadBalancers', region) +
        p('elbv2', 'DescribeListeners', region) +
        Math.max(p('elbv2', 'DescribeRules', region), p('elbv2', 'DescribeSSLPolicies', region)),
    );
    chains.push(
      p('wafv2', 'ListWebACLs', region) + 1,
      p('apigateway', 'GetRestApis', region) + 1,
      p('dynamodb', 'ListTables', region) + 1,
    );
    chains.push(
      p('sqs', 'ListQueues', region) + 1,
      p('sns', 'ListTopics', region) + 1,
      p('cloudtrail', 'DescribeTrails', region) + 1,
    );
    for (const action of [
      'DescribeVolumes',
      'DescribeSecurityGroups',
      'DescribeSubnets',
      'DescribeRouteTables',
    ])
      chains.push(p('ec2', action, region));
    for (const action of ['DescribeDBInstances', 'DescribeDBClusters', 'DescribeDBSubnetGroups'])
      chains.push(p('rds', action, region));
    chains.push(p('logs', 'DescribeLogGroups', region), p('efs', 'DescribeFileSystems', region));
  }
  return 1 + Math.max(...chains); // sts:GetCallerIdentity comes first
}

export async function runLiveBench(
  options: { resources?: number; regions?: number; concurrency?: number } = {},
): Promise<LiveBenchResult> {
  const account = largeAccount({ resources: options.resources ?? 5000, regions: options.regions ?? 4 });
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const fake = await startFakeAws({ account, latencyMs: LATENCY_MS, rateLimits: RATE_LIMITS });
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 10);
  try {
    const started = performance.now();
    const result = await loadLiveSource(
      {
        regions: account.enabledRegions,
        quiet: true,
        concurrency,
        endpoint: fake.endpoint,
        credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' },
      },
      { stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() },
    );
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
    const snapshot = result.snapshot as Snapshot;
    const limited = (action: string) =>
      action.startsWith('ec2:') || action.startsWith('rds:') || action.startsWith('kms:');
    const throttled = fake.calls.filter((call) => call.status !== 200 && limited(call.action));
    const work = fake.calls.filter((call) => !throttled.includes(call));
    const criticalPathCalls = criticalPath(snapshot);
    const bound = scanLowerBound({
      calls: work,
      latencyMs: LATENCY_MS,
      rateLimits: RATE_LIMITS,
      criticalPathCalls,
      concurrency,
    });
    return {
      benchmark: 'live-scan',
      resources: result.inventory.resources.length,
      regions: snapshot.regions,
      latencyMs: LATENCY_MS,
      concurrency,
      rateLimits: RATE_LIMITS,
      wallMs: Math.round(wallMs),
      apiCalls: fake.calls.length,
      throttledCalls: throttled.length,
      gaps: result.inventory.gaps.length,
      peakRssMb: Math.round((peakRss / 1024 / 1024) * 10) / 10,
      peakHeapMb: Math.round((peakHeap / 1024 / 1024) * 10) / 10,
      lowerBound: { ms: Math.round(bound.ms), limitedBy: bound.limitedBy, criticalPathCalls },
      ratioToBound: Math.round((wallMs / bound.ms) * 100) / 100,
      recordedAt: new Date().toISOString(),
    };
  } finally {
    clearInterval(sampler);
    await fake.close();
  }
}

export function writeLiveBenchResult(result: LiveBenchResult): string {
  const file = join(PACKAGE_ROOT, 'bench', 'results', 'live.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

if (process.argv[1]?.endsWith('bench/live.ts')) {
  const result = await runLiveBench();
  const file = writeLiveBenchResult(result);
  console.log(JSON.stringify(result, null, 2));
  console.log(`wrote ${file}`);
}
