/**
 * The fastest a scan could possibly finish against the loopback server, given
 * the calls it made, the per-call latency and the rate limits.
 *
 *   bound = max( latency × criticalPathCalls,
 *                ceil(calls / concurrency) × latency,
 *                max over buckets b of ( max(0, n_b − burst_b) / rate_b + latency ),
 *                max over paced buckets p of ( max(0, n_p − burst_p) / rate_p + latency ) )
 *
 * - every call takes at least `latency`, and calls that depend on each other
 *   (page 2 needs page 1's token, DescribeListeners needs the load balancer ARN)
 *   are sequential: `criticalPathCalls` is the length of the longest such chain;
 * - with at most `concurrency` calls in flight, the calls need that many rounds;
 * - a token bucket (one per limit key and region, as the server keeps them)
 *   starts full with `burst = max(1, rate)` tokens and refills at `rate` per
 *   second, so its n-th call cannot start before (n − burst) / rate seconds;
 *   that call still takes `latency` to answer.
 * - a scan that paces itself (src/sources/live/rate-limits.ts: one client-side
 *   bucket per SDK client and region, starting full with `burst` tokens) cannot
 *   send its n-th call of a bucket before (n − burst) / perSecond seconds either:
 *   `paced` lists those buckets with the calls the scan sent through each.
 * Throttled calls (status 400/429/503 with a throttling code) are retries the
 * scan chose to make; pass only the successful calls to get the bound for the
 * work itself.
 */
import { RateLimiter } from './faults.js';

export interface LowerBoundInput {
  calls: readonly { action: string; region: string }[];
  latencyMs: number;
  rateLimits?: Record<string, number>;
  /** Longest chain of calls that must run one after another; default 1. */
  criticalPathCalls?: number;
  /** Maximum calls in flight; default unbounded. */
  concurrency?: number;
  /** The scan's own client-side buckets (`EC2 us-east-1`) and the calls it sent through each. */
  paced?: readonly PacedBucket[];
}

export interface PacedBucket {
  key: string;
  calls: number;
  burst: number;
  perSecond: number;
}

export interface LowerBound {
  ms: number;
  /** Which term of the formula decided the bound. */
  limitedBy: 'latency-chain' | 'concurrency' | `rate:${string}` | `paced:${string}`;
  /** Per rate-limited bucket (`key@region`): its calls and the earliest its last call can finish. */
  buckets: Record<string, { calls: number; ms: number }>;
}

export function scanLowerBound(input: LowerBoundInput): LowerBound {
  const { calls, latencyMs } = input;
  const limits = input.rateLimits ?? {};
  const limiter = new RateLimiter(limits);
  const counts = new Map<string, { key: string; calls: number }>();
  for (const call of calls) {
    const key = limiter.keyFor(call.action);
    if (key === undefined) continue;
    const bucket = `${key}@${call.region}`;
    const entry = counts.get(bucket) ?? { key, calls: 0 };
    entry.calls++;
    counts.set(bucket, entry);
  }
  let result: LowerBound = {
    ms: latencyMs * (input.criticalPathCalls ?? 1),
    limitedBy: 'latency-chain',
    buckets: {},
  };
  if (input.concurrency !== undefined && input.concurrency > 0) {
    const rounds = Math.ceil(calls.length / input.concurrency) * latencyMs;
    if (rounds > result.ms) result = { ...result, ms: rounds, limitedBy: 'concurrency' };
  }
  for (const [bucket, { key, calls: n }] of counts) {
    const rate = limits[key]!;
    const ms = (Math.max(0, n - Math.max(1, rate)) / rate) * 1000 + latencyMs;
    result.buckets[bucket] = { calls: n, ms };
    if (ms > result.ms) result = { ...result, ms, limitedBy: `rate:${bucket}` };
  }
  for (const { key, calls: n, burst, perSecond } of input.paced ?? []) {
    const ms = (Math.max(0, n - burst) / perSecond) * 1000 + latencyMs;
    result.buckets[`paced:${key}`] = { calls: n, ms };
    if (ms > result.ms) result = { ...result, ms, limitedBy: `paced:${key}` };
  }
  return result;
}
