/**
 * Broken endpoints never PASS and never hang (issue 10): an HTML page or an
 * empty body with HTTP 200, an HTML 404, and an endpoint that accepts the
 * connection and never answers, for each AWS protocol family. Each run ends
 * within its time budget, and the checks that depend on the service are
 * UNKNOWN with a plain reason.
 */
import { describe, expect, it } from 'vitest';
import type { ResourceType } from '../../../src/inventory/model.js';
import { sampleAccount, type FaultKind } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

interface Family {
  family: string;
  action: string;
  types: ResourceType[];
}

const FAMILIES: Family[] = [
  {
    family: 'query (RDS)',
    action: 'rds:*',
    types: ['rds-db-instance', 'rds-db-cluster', 'rds-db-subnet-group'],
  },
  {
    family: 'query (ELBv2)',
    action: 'elasticloadbalancing:*',
    types: ['elbv2-load-balancer', 'elbv2-listener'],
  },
  {
    family: 'ec2',
    action: 'ec2:*',
    types: ['ec2-subnet', 'ec2-route-table', 'ebs-volume', 'ec2-security-group', 'ec2-region-settings'],
  },
  { family: 'rest-xml (S3)', action: 's3:*', types: ['s3-bucket'] },
  { family: 'rest-xml (CloudFront)', action: 'cloudfront:*', types: ['cloudfront-distribution'] },
  { family: 'json (KMS)', action: 'kms:*', types: ['kms-key'] },
  { family: 'rest-json (API Gateway)', action: 'apigateway:*', types: ['apigateway-stage'] },
];

const FAULTS: { fault: FaultKind; reason: RegExp }[] = [
  { fault: 'Html200', reason: /HTML page instead of an API response/ },
  { fault: 'Empty200', reason: /empty (body|answer)/ },
  {
    fault: 'ForeignXml200',
    reason: /with <status> instead of <|not JSON|could not be read as an API response/,
  },
  { fault: 'Html404', reason: /HTTP 404 with an HTML page/ },
  { fault: 'NeverAnswer', reason: /timed out|no answer/ },
];

const CASES = FAMILIES.flatMap((family) => FAULTS.map((fault) => ({ ...family, ...fault })));

/**
 * Request timeout of these scans: short where the endpoint never answers, so that case costs little;
 * generous where it answers at once, so a busy machine's slow first answer is not read as a timeout.
 */
const timeoutFor = (fault: FaultKind): number => (fault === 'NeverAnswer' ? 300 : 3_000);

describe('broken endpoints never PASS, and every run ends', () => {
  it.each(CASES)('$family: $fault', async ({ action, types, fault, reason }) => {
    const started = Date.now();
    const requestTimeoutMs = timeoutFor(fault);
    const scan = await scanFake(sampleAccount(), {
      faults: [{ action, kind: fault }],
      live: { maxAttempts: 3, requestTimeoutMs, regions: ['us-east-1'] },
    });
    const elapsed = Date.now() - started;
    const dependent = scan.findings.filter((finding) =>
      types.includes(finding.resource.type as ResourceType),
    );
    expect(
      dependent
        .filter((finding) => finding.status === 'PASS')
        .map((finding) => `${finding.ruleId} ${finding.resource.id}: ${finding.message}`),
    ).toEqual([]);
    const unknowns = dependent.filter((finding) => finding.status === 'UNKNOWN');
    expect(unknowns.length).toBeGreaterThan(0);
    expect(unknowns.map((finding) => finding.message).join('\n')).toMatch(reason);
    expect(scan.incompleteExit).toBe(3);
    // Bounded: a few timeouts in sequence at most, never the SDK's default of waiting forever.
    expect(elapsed).toBeLessThan(20 * requestTimeoutMs + 5_000);
  });
});

describe('failed calls that cannot succeed are not retried (issue 11)', () => {
  it('sends an HTML 404 once, says so in plain words, and keeps the raw page as evidence only', async () => {
    const scan = await scanFake(sampleAccount(), {
      faults: [{ action: 'apigateway:*', kind: 'Html404' }],
      live: { maxAttempts: 5, regions: ['us-east-1'] },
    });
    const sent = scan.fake.calls.filter((call) => call.action === 'apigateway:GetRestApis');
    expect(sent).toHaveLength(1);
    const gap = scan.result.inventory.gaps.find((each) => each.action === 'apigateway:GetRestApis');
    expect(gap?.reason).toBe(
      'apigateway:GetRestApis failed in us-east-1: the endpoint answered HTTP 404 with an HTML page instead of an API response; check AWS_ENDPOINT_URL or the proxy',
    );
    expect(gap?.detail).toMatch(/HTTP 404 text\/html.*404 Not Found/);
    const finding = scan.findings.find((each) => each.resource.type === 'apigateway-stage');
    expect(finding?.status).toBe('UNKNOWN');
    expect(finding?.message).not.toMatch(/Deserialization|hidden field|<html/i);
  });

  it('retries throttling and 5xx answers until they succeed', async () => {
    const scan = await scanFake(sampleAccount(), {
      faults: [
        { action: 'apigateway:GetRestApis', kind: 'Throttling', times: 1 },
        { action: 'kms:ListKeys', kind: 'ServerError', times: 1 },
      ],
      live: { maxAttempts: 3, regions: ['us-east-1'] },
    });
    expect(scan.fake.calls.filter((call) => call.action === 'apigateway:GetRestApis')).toHaveLength(2);
    expect(scan.fake.calls.filter((call) => call.action === 'kms:ListKeys')).toHaveLength(2);
    expect(scan.result.inventory.gaps).toEqual([]);
  });

  it('puts a cut-short answer in plain words, the SDK text as detail', async () => {
    const scan = await scanFake(sampleAccount(), {
      faults: [{ action: 'kms:ListKeys', kind: 'Truncated' }],
      live: { maxAttempts: 1, regions: ['us-east-1'] },
    });
    const gap = scan.result.inventory.gaps.find((each) => each.action === 'kms:ListKeys');
    expect(gap?.reason).toMatch(
      /^kms:ListKeys failed in us-east-1: the endpoint's answer \(HTTP 200\) could not be read/,
    );
    expect(gap?.detail).toBeDefined();
  });
});

describe('a silent endpoint costs a bounded time', () => {
  it('retries a timed-out call within its budget, then stops calling that service in that region', async () => {
    const started = Date.now();
    const scan = await scanFake(sampleAccount(), {
      faults: [{ action: 'kms:DescribeKey', kind: 'NeverAnswer' }],
      live: {
        regions: ['us-east-1'],
        maxAttempts: 8,
        // Long enough that the healthy calls before it (kms:ListKeys first) are answered on a slow,
        // busy machine: at 200 ms a cold fake server could leave no key to describe at all.
        requestTimeoutMs: 1_000,
        retryBudgetMs: 2_500,
        laneConcurrency: 1,
      },
    });
    const elapsed = Date.now() - started;
    const sent = scan.fake.calls.filter((call) => call.action === 'kms:DescribeKey');
    // One call: attempts until its 2.5 s budget is spent (not 8), and no other DescribeKey is sent.
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.length).toBeLessThanOrEqual(4);
    const describeCalls = scan.snapshot.calls.filter((call) => call.action === 'DescribeKey');
    expect(describeCalls.length).toBeGreaterThan(1);
    expect(describeCalls.filter((call) => call.error?.code === 'NotSent').length).toBe(
      describeCalls.length - 1,
    );
    expect(describeCalls.every((call) => call.error?.kind === 'timeout')).toBe(true);
    // Eight attempts at 1 s each, with backoff, would take well over this.
    expect(elapsed).toBeLessThan(15_000);
    const keys = scan.findings.filter((finding) => finding.resource.type === 'kms-key');
    expect(keys.filter((finding) => finding.status === 'PASS')).toEqual([]);
  });
});
