/**
 * Client-side pacing (issue 7 item 2): with the per-service token buckets on,
 * a scan stays under a service's throttling limit instead of hitting it and
 * retrying; with them off, the same scan is throttled.
 */
import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RATE_LIMIT,
  RATE_LIMITS,
  parseRateLimitFlags,
  rateLimitOf,
  type RateLimits,
} from '../../../src/sources/live/rate-limits.js';
import { emptyAccount } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

// Low enough that unpaced calls exceed it even on a loaded machine: 15 calls against a
// bucket of 5 that refills 5 a second are throttled unless each takes over 200 ms.
const SERVER_LIMIT_PER_SECOND = 5;
const PAGES = 15;

function accountWithSecurityGroups(count: number) {
  const securityGroups: SecurityGroup[] = Array.from({ length: count }, (_, index) => ({
    GroupId: `sg-${String(index).padStart(8, '0')}`,
    GroupName: `group-${index}`,
    VpcId: 'vpc-1',
    OwnerId: '111122223333',
    IpPermissions: [],
    IpPermissionsEgress: [],
  }));
  return emptyAccount({ regions: { 'us-east-1': { ec2: { securityGroups } } } });
}

async function throttledSecurityGroupPages(
  rateLimits: RateLimits,
): Promise<{ sent: number; throttled: number }> {
  const scan = await scanFake(accountWithSecurityGroups(PAGES), {
    // One group per page: PAGES DescribeSecurityGroups calls in a row, against the server's limit.
    server: { pageSize: 1, rateLimits: { 'ec2:DescribeSecurityGroups': SERVER_LIMIT_PER_SECOND } },
    live: { rateLimits, maxAttempts: 10 },
  });
  const calls = scan.fake.calls.filter((call) => call.action === 'ec2:DescribeSecurityGroups');
  return { sent: calls.length, throttled: calls.filter((call) => call.status !== 200).length };
}

describe('per-service rate limits', () => {
  it('keeps a scan under the service limit: no call is throttled', async () => {
    const paced = await throttledSecurityGroupPages({
      EC2: { burst: 3, perSecond: 4, source: 'test: below the server limit' },
    });
    expect(paced).toEqual({ sent: PAGES, throttled: 0 });
  }, 30_000);

  it('without them the same scan is throttled and has to retry', async () => {
    const unpaced = await throttledSecurityGroupPages('off');
    expect(unpaced.throttled).toBeGreaterThan(0);
    expect(unpaced.sent).toBe(PAGES + unpaced.throttled);
  }, 30_000);

  it("uses AWS's published limit where there is one, an override first, a conservative default otherwise", () => {
    expect(rateLimitOf({}, 'EC2Client')).toEqual(RATE_LIMITS.EC2);
    expect(rateLimitOf({}, 'RDSClient').perSecond).toBe(12);
    const override = { burst: 1000, perSecond: 500, source: 'raised quota' };
    expect(rateLimitOf({ EC2: override }, 'EC2Client')).toBe(override);
    expect(rateLimitOf({}, 'GlueClient')).toBe(DEFAULT_RATE_LIMIT);
  });

  it('reads --rate-limit values: off, or per-second rates with an optional burst, names in any case', () => {
    expect(parseRateLimitFlags([])).toBeUndefined();
    expect(parseRateLimitFlags(['off'])).toBe('off');
    const limits = parseRateLimitFlags(['ec2=50', 'IAM=10/20', 'Glue=0.5']);
    expect(limits).not.toBe('off');
    const table = limits as Exclude<RateLimits, 'off'>;
    expect(rateLimitOf(table, 'EC2Client')).toMatchObject({ perSecond: 50, burst: 50 });
    expect(rateLimitOf(table, 'IAMClient')).toMatchObject({ perSecond: 10, burst: 20 });
    expect(rateLimitOf(table, 'GlueClient')).toMatchObject({ perSecond: 0.5, burst: 1 });
    expect(rateLimitOf(table, 'RDSClient')).toBe(RATE_LIMITS.RDS);
    expect(() => parseRateLimitFlags(['EC2=0'])).toThrow(/expected off or SERVICE=PER_SECOND/);
  });
});
