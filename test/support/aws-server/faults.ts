/** Injected faults and per-action token buckets. */
import type { FaultRule } from './types.js';

export function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*' || pattern === action) return true;
  return pattern.endsWith(':*') && action.startsWith(pattern.slice(0, -1));
}

/** The faults of one call: extra latency, and the first non-latency fault, if any. */
export interface CallFaults {
  latencyMs: number;
  fault?: FaultRule;
}

export class FaultBook {
  private rules: { rule: FaultRule; remaining: number }[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, remaining: rule.times ?? Infinity }));
  }

  /** Consumes one use of every fault that applies to the call (`laterPage`: it carries a page token). */
  take(action: string, region: string, laterPage = false): CallFaults {
    const result: CallFaults = { latencyMs: 0 };
    for (const entry of this.rules) {
      const { rule } = entry;
      if (entry.remaining <= 0 || !actionMatches(rule.action, action)) continue;
      if (rule.region !== undefined && rule.region !== region) continue;
      if (rule.onlyLaterPages && !laterPage) continue;
      if (rule.kind === 'Latency') {
        entry.remaining--;
        result.latencyMs += rule.latencyMs ?? 0;
      } else if (!result.fault) {
        entry.remaining--;
        result.fault = rule;
      }
    }
    return result;
  }
}

/**
 * Token buckets per (limit key, region): capacity = one second of requests,
 * refilled continuously at `rate` per second. `'rds:*'` is one bucket shared by
 * every rds action; an exact action key wins over the service wildcard.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly limits: Record<string, number>) {}

  /** The limit key governing an action, if any. */
  keyFor(action: string): string | undefined {
    if (this.limits[action] !== undefined) return action;
    const wildcard = `${action.slice(0, action.indexOf(':'))}:*`;
    return this.limits[wildcard] !== undefined ? wildcard : undefined;
  }

  /** False when the call is over the limit (and must be throttled). */
  tryTake(action: string, region: string, now: number): boolean {
    const key = this.keyFor(action);
    if (key === undefined) return true;
    const rate = this.limits[key]!;
    const capacity = Math.max(1, rate);
    const bucketKey = `${key}@${region}`;
    const bucket = this.buckets.get(bucketKey) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    this.buckets.set(bucketKey, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
