/**
 * Adding a live service is adding one folder (issue 12): the example service
 * in examples/live-service/s3express (S3 directory buckets) and its fake in
 * test/support/aws-server/services/s3express.ts are joined to the catalog the
 * way a new folder under src/sources/live/services/ is, by its line in
 * services/index.ts, and with no other edit it is fetched, normalized, judged, allowed by the scanner
 * policy, answered by the fake server and on the benchmark's critical path.
 */
import { describe, expect, it, vi } from 'vitest';
import { criticalPath } from '../../../bench/critical-path.js';
import { FETCHERS } from '../../../src/sources/live/fetch/index.js';
import { OPERATIONS } from '../../../src/sources/live/operations.js';
import { scannerPolicy } from '../../../src/sources/live/policy.js';
import * as catalog from '../../../src/sources/live/catalog.js';
import { sampleAccount, SUPPORTED_OPERATIONS } from '../../support/aws-server/index.js';
import { directoryBuckets } from '../../support/aws-server/services/s3express.js';
import { scanFake } from './helpers.js';

vi.mock('../../../src/sources/live/catalog.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/sources/live/catalog.js')>();
  const { SERVICES } = await import('../../../src/sources/live/services/index.js');
  const { service: s3express } = await import('../../../examples/live-service/s3express/index.js');
  return { ...real, LIVE_SERVICES: real.checkedServices({ ...SERVICES, s3express }) };
});

const BUCKETS = Array.from({ length: 30 }, (_, i) => ({
  Name: `logs-${i}--use1-az4--x-s3`,
  BucketRegion: i % 2 === 0 ? 'us-east-1' : 'eu-west-1',
}));

function accountWithDirectoryBuckets() {
  const account = sampleAccount();
  directoryBuckets.set(account, BUCKETS);
  return account;
}

describe('a live service added as one folder', () => {
  it('is in the catalog, its fetchers and the policy, and the fake server answers it', () => {
    expect(catalog.LIVE_SERVICES.map((service) => service.name)).toContain('s3express');
    expect(FETCHERS).toContainEqual(expect.objectContaining({ service: 's3express', scope: 'global' }));
    expect(OPERATIONS['@aws-sdk/client-s3']?.ListDirectoryBuckets).toEqual({
      iam: 's3express:ListAllMyDirectoryBuckets',
    });
    expect(scannerPolicy().Statement.flatMap((statement) => statement.Action)).toContain(
      's3express:ListAllMyDirectoryBuckets',
    );
    expect(SUPPORTED_OPERATIONS).toContain('s3express:ListDirectoryBuckets');
  });

  it('is fetched over the wire, page by page, and normalized into the inventory the rules judge', async () => {
    const scan = await scanFake(accountWithDirectoryBuckets(), { server: { pageSize: 1 } });
    const listings = scan.fake.calls.filter((call) => call.action === 's3express:ListDirectoryBuckets');
    expect(listings).toHaveLength(BUCKETS.length);
    expect(listings.every((call) => call.status === 200)).toBe(true);
    expect(scan.result.inventory.gaps).toEqual([]);

    const bucket = scan.result.inventory.ofType('s3-bucket').find((b) => b.id === 'logs-1--use1-az4--x-s3');
    expect(bucket).toMatchObject({ region: 'eu-west-1', name: 'logs-1--use1-az4--x-s3' });
    const verdicts = scan.findings.filter((finding) => finding.resource.id === 'logs-1--use1-az4--x-s3');
    expect(verdicts.find((finding) => finding.ruleId === 's3-public-access-blocked')?.status).toBe('PASS');
    // What the example does not read is never a PASS.
    expect(verdicts.find((finding) => finding.ruleId === 'storage-encrypted')?.status).toBe('UNKNOWN');

    // Thirty pages one after another: the longest chain of the scan, found from the service's declaration.
    expect(criticalPath(scan.snapshot)).toBe(1 + BUCKETS.length);
    const withoutExample = catalog.LIVE_SERVICES.filter((service) => service.name !== 's3express');
    expect(criticalPath(scan.snapshot, withoutExample)).toBeLessThan(1 + BUCKETS.length);
  });

  it('a denied listing is a gap on S3 buckets: the bucket rules say UNKNOWN for what was not read', async () => {
    const scan = await scanFake(accountWithDirectoryBuckets(), {
      faults: [{ action: 's3express:ListDirectoryBuckets', kind: 'AccessDenied' }],
    });
    expect(scan.result.inventory.gaps).toContainEqual(
      expect.objectContaining({ resourceType: 's3-bucket', action: 's3express:ListDirectoryBuckets' }),
    );
    const population = scan.findings.find(
      (finding) => finding.ruleId === 's3-public-access-blocked' && finding.resource.id === 's3-bucket:*',
    );
    expect(population?.status).toBe('UNKNOWN');
    expect(population?.message).toMatch(/s3express:ListDirectoryBuckets failed/);
    expect(scan.incompleteExit).toBe(3);
  });

  it('an answer without the declared root element (a proxy status page) is a gap, not "no directory buckets"', async () => {
    const scan = await scanFake(accountWithDirectoryBuckets(), {
      faults: [{ action: 's3express:ListDirectoryBuckets', kind: 'ForeignXml200' }],
      live: { maxAttempts: 1 },
    });
    const gap = scan.result.inventory.gaps.find((g) => g.action === 's3express:ListDirectoryBuckets');
    expect(gap?.reason).toMatch(/with <status> instead of <ListAllMyDirectoryBucketsResult>/);
  });
});
