/**
 * The live catalog (issue 12): one folder per service, every list derived
 * from it. A service's fetch and normalize share only its call declarations,
 * the fake server answers every declared call, and the benchmark's critical
 * path follows the declared dependencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { criticalPath } from '../../../bench/critical-path.js';
import { callsOf, checkedServices, LIVE_SERVICES, SERVICES_DIR } from '../../../src/sources/live/catalog.js';
import { normalizeSnapshot } from '../../../src/sources/live/normalize/index.js';
import { RawCalls } from '../../../src/sources/live/normalize/raw.js';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type CallRecord,
  type Snapshot,
} from '../../../src/sources/snapshot/format.js';
import { callKey } from '../../../src/sources/live/call-key.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import { fakesOf } from '../../support/aws-server/registry.js';
import { scanFake } from './helpers.js';

describe('the live catalog', () => {
  it('has one service per folder under services/, named after it', () => {
    const folders = readdirSync(SERVICES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(
      LIVE_SERVICES.map((service) => service.name),
      'each folder under services/ needs its line in services/index.ts',
    ).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(16);
  });

  it('refuses a service listed under another folder name, or a module that is not a service', () => {
    const sqs = LIVE_SERVICES.find((service) => service.name === 'sqs')!;
    expect(() => checkedServices({ sns: sqs })).toThrow('services/sns/index.ts must export `service`');
    expect(() => checkedServices({ sqs: { ...sqs, collectors: [] } })).toThrow('services/sqs/index.ts');
    expect(() => checkedServices({ sqs: undefined })).toThrow('services/sqs/index.ts');
    expect(checkedServices({ sqs }).map((service) => service.name)).toEqual(['sqs']);
  });

  it("a service's fetch and normalize do not import each other", () => {
    for (const { name } of LIVE_SERVICES) {
      const folder = join(SERVICES_DIR, name);
      const imports = (file: string) =>
        [...readFileSync(join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      expect(imports('fetch.ts'), `${name}/fetch.ts`).not.toContain('./normalize.js');
      expect(imports('normalize.ts'), `${name}/normalize.ts`).not.toContain('./fetch.js');
    }
  });

  it('the fake server answers every call a service declares', async () => {
    const fakes = await fakesOf(LIVE_SERVICES);
    LIVE_SERVICES.forEach((service, index) => {
      const answered = Object.keys(fakes[index]!.operations);
      for (const call of service.calls)
        expect(answered, `${service.name}:${call.action}`).toContain(call.action);
    });
  });

  it('a healthy full scan sends only declared calls, and normalizing reads back every one it recorded', async () => {
    const scan = await scanFake(sampleAccount(), { live: { regions: ['all'] } });
    const declared = new Set(callsOf(LIVE_SERVICES).map((call) => `${call.service}:${call.action}`));
    const sent = [...new Set(scan.snapshot.calls.map((call) => `${call.service}:${call.action}`))];
    expect(sent.filter((action) => !declared.has(action))).toEqual([]);

    // A response recorded under parameters no normalizer asks for would be fetched for nothing.
    const read = new Set<string>();
    const get = vi.spyOn(RawCalls.prototype, 'get').mockImplementation(function (
      this: RawCalls,
      service,
      action,
      region,
      params,
    ) {
      const key = callKey(service, action, region, params);
      read.add(key);
      return this.snapshot.calls.find(
        (call) => callKey(call.service, call.action, call.region, call.params) === key,
      );
    });
    try {
      normalizeSnapshot(scan.snapshot, 'snapshot');
    } finally {
      get.mockRestore();
    }
    const unread = scan.snapshot.calls
      .filter((call) => !read.has(callKey(call.service, call.action, call.region, call.params)))
      .map((call) => `${call.service}:${call.action}`);
    // Recorded as evidence of how the scan ran, never read as facts: who scanned, which regions, report polls.
    expect([...new Set(unread)].sort()).toEqual([
      'ec2:DescribeRegions',
      'iam:GenerateCredentialReport',
      'sts:GetCallerIdentity',
    ]);
  });
});

function snapshotOf(calls: CallRecord[]): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    tool: { name: 'soc2', version: 'test' },
    startedAt: '2026-11-20T12:00:00Z',
    finishedAt: '2026-11-20T12:00:01Z',
    callerIdentity: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/scanner', userId: 'AID' },
    partition: 'aws',
    regions: ['us-east-1', 'eu-west-1'],
    globalRegion: 'us-east-1',
    parameters: {},
    calls,
  };
}

function call(service: string, action: string, region: string, pages: number, params?: CallRecord['params']) {
  const record: CallRecord = {
    service,
    action,
    region,
    responses: Array.from({ length: pages }, () => ({})),
  };
  if (params) record.params = params;
  return record;
}

describe('the critical path of a scan', () => {
  it('adds the pages of calls that wait on each other, as the services declare', () => {
    const snapshot = snapshotOf([
      call('elbv2', 'DescribeLoadBalancers', 'eu-west-1', 3),
      call('elbv2', 'DescribeListeners', 'eu-west-1', 2, { LoadBalancerArn: 'lb-1' }),
      call('elbv2', 'DescribeListeners', 'eu-west-1', 1, { LoadBalancerArn: 'lb-2' }),
      call('elbv2', 'DescribeRules', 'eu-west-1', 4, { ListenerArn: 'l-1' }),
      call('elbv2', 'DescribeSSLPolicies', 'eu-west-1', 1),
      // Longer than any one step, but independent of the chain above.
      call('ec2', 'DescribeVolumes', 'us-east-1', 8),
    ]);
    expect(criticalPath(snapshot)).toBe(1 + 3 + 2 + 4);
  });

  it('counts every poll of a polled call, and a failed page', () => {
    const polls = [1, 2, 3, 4, 5].map((attempt) =>
      call('iam', 'GenerateCredentialReport', 'us-east-1', 1, { attempt }),
    );
    const failed = call('iam', 'ListMFADevices', 'us-east-1', 1, { UserName: 'alice' });
    failed.error = { code: 'Throttling', kind: 'throttled', message: 'slow down' };
    const snapshot = snapshotOf([...polls, call('iam', 'GetCredentialReport', 'us-east-1', 1), failed]);
    expect(criticalPath(snapshot)).toBe(1 + 5 + 1 + 2);
  });

  it('follows a bucket read in its own region back to the listing in the global region', () => {
    const snapshot = snapshotOf([
      call('s3', 'ListBuckets', 'us-east-1', 6),
      call('s3', 'GetBucketEncryption', 'eu-west-1', 1, { Bucket: 'b' }),
    ]);
    expect(criticalPath(snapshot)).toBe(1 + 6 + 1);
  });
});
