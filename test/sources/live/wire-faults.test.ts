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
  { fault: 'Html404', reason: /HTTP 404 with an HTML page/ },
  { fault: 'NeverAnswer', reason: /timed out|no answer/ },
];

const CASES = FAMILIES.flatMap((family) => FAULTS.map((fault) => ({ ...family, ...fault })));

/** Request timeout of these scans: short, so the never-answering endpoint costs little. */
const TIMEOUT_MS = 300;

describe('broken endpoints never PASS, and every run ends', () => {
  it.each(CASES)('$family: $fault', async ({ action, types, fault, reason }) => {
    const started = Date.now();
    const scan = await scanFake(sampleAccount(), {
      faults: [{ action, kind: fault }],
      live: { maxAttempts: 3, requestTimeoutMs: TIMEOUT_MS },
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
    expect(elapsed).toBeLessThan(20 * TIMEOUT_MS + 5_000);
  });
});
