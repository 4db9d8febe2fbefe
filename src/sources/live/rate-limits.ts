/**
 * Client-side token buckets per service, account and region, on top of the
 * SDK's retries: a scan paces itself below AWS's throttling limits instead of
 * hitting them and backing off (the anchors' most common complaint at scale:
 * prowler #5517, #7082; steampipe-plugin-aws #1726). Like Steampipe's plugin
 * limiters, each bucket has a burst size and a sustained refill rate; every
 * attempt, retries included, takes one token.
 *
 * AWS throttles per account and region, and a ClientPool serves one account,
 * so one bucket per SDK client and region matches AWS's own scope.
 */
import type { Pluggable } from '@smithy/types';
import { TokenBucket } from 'limiter';
import { InputError } from '../../errors.js';

export interface RateLimit {
  /** Requests that may start at once after a quiet spell. */
  burst: number;
  /** Sustained requests per second. */
  perSecond: number;
  /** Where the figure comes from: AWS's published limit, or why a conservative one was chosen. */
  source: string;
}

const UNPUBLISHED =
  'no published per-API rate is recorded here for this service: a moderate rate, raised or lowered by an override';

/** By SDK client name without the `Client` suffix (`EC2Client` -> `EC2`). */
export const RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
  EC2: {
    burst: 100,
    perSecond: 20,
    source: 'EC2 API request throttling: non-mutating actions, bucket 100, refill 20 per second',
  },
  RDS: {
    burst: 300,
    perSecond: 12,
    source: 'RDS API request throttling: 300 requests in a burst, 12 per second sustained',
  },
  CloudTrail: {
    burst: 10,
    perSecond: 10,
    source: 'CloudTrail quotas: 10 transactions per second for Describe/Get/List APIs',
  },
  CloudWatchLogs: {
    burst: 10,
    perSecond: 10,
    source: 'CloudWatch Logs quotas: DescribeLogGroups 10 transactions per second per region',
  },
  KMS: {
    burst: 100,
    perSecond: 100,
    source:
      'KMS request quotas: ListKeys and ListAliases 100 requests per second (the lowest of the reads used)',
  },
  IAM: { burst: 40, perSecond: 20, source: UNPUBLISHED },
  S3: {
    burst: 200,
    perSecond: 100,
    source:
      'S3 publishes rates per prefix for object requests, none for bucket configuration reads; kept well below them',
  },
};

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 50, perSecond: 20, source: UNPUBLISHED };

/** The limits a scan paces itself by, or `off` (an emulator that never throttles). */
export type RateLimits = Readonly<Record<string, RateLimit>> | 'off';

/** Names compare case-insensitively: `--rate-limit ec2=50` is EC2's. */
function limitNamed(limits: Readonly<Record<string, RateLimit>>, service: string): RateLimit | undefined {
  const wanted = service.toLowerCase();
  const name = Object.keys(limits).find((key) => key.toLowerCase() === wanted);
  return name === undefined ? undefined : limits[name];
}

export function rateLimitOf(limits: Readonly<Record<string, RateLimit>>, clientName: string): RateLimit {
  const service = clientName.replace(/Client$/, '');
  return limitNamed(limits, service) ?? limitNamed(RATE_LIMITS, service) ?? DEFAULT_RATE_LIMIT;
}

/** A bucket that starts full: the first `burst` requests go at once, as AWS's own buckets allow. */
export function tokenBucket(limit: RateLimit): TokenBucket {
  const bucket = new TokenBucket({
    bucketSize: limit.burst,
    tokensPerInterval: limit.perSecond,
    interval: 'second',
  });
  bucket.content = limit.burst;
  return bucket;
}

/** SDK middleware: each attempt waits for a token from the bucket before it is sent. */
export function rateLimitPlugin(bucket: TokenBucket): Pluggable<object, object> {
  return {
    applyToStack(stack) {
      stack.add(
        (next) => async (args) => {
          await bucket.removeTokens(1);
          return next(args);
        },
        // After the retry middleware (finalizeRequest, high priority): inside every attempt.
        { step: 'finalizeRequest', priority: 'low', name: 'soc2RateLimit' },
      );
    },
  };
}

/**
 * `--rate-limit` values: `off`, or `SERVICE=PER_SECOND[/BURST]` by SDK client
 * name without `Client` (`EC2=50`, `iam=10/20`, `ElasticLoadBalancingV2=40`) for an account whose quotas were raised or
 * that shares its limits with other tools. Unnamed services keep their defaults.
 */
export function parseRateLimitFlags(values: readonly string[]): RateLimits | undefined {
  if (values.length === 0) return undefined;
  if (values.some((value) => value.toLowerCase() === 'off')) {
    if (values.length > 1)
      throw new InputError('--rate-limit off cannot be combined with per-service limits');
    return 'off';
  }
  const limits: Record<string, RateLimit> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9]+)=(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(value);
    const perSecond = Number(match?.[2]);
    if (!match || !(perSecond > 0)) {
      throw new InputError(
        `--rate-limit "${value}": expected off or SERVICE=PER_SECOND[/BURST], e.g. EC2=50 or IAM=10/20`,
      );
    }
    const burst = match[3] !== undefined ? Number(match[3]) : Math.ceil(perSecond);
    limits[match[1] as string] = { perSecond, burst: Math.max(1, burst), source: `--rate-limit ${value}` };
  }
  return limits;
}
