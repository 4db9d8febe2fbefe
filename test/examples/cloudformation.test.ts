/**
 * End to end over the hand-written CloudFormation examples: every verdict
 * designed into them, by rule and logical id, with file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_SERVICES, platformTemplate } from '../../examples/cloudformation/generate-platform.js';
import type { Finding } from '../../src/engine/finding.js';
import { REPO_ROOT, declarationLine, findingFor, scanExample, verdict } from './scan-example.js';

const EXAMPLES = join(REPO_ROOT, 'examples', 'cloudformation');
const PAYMENTS = join(EXAMPLES, 'payments-api.yaml');
const EDGE = join(EXAMPLES, 'edge-and-audit.json');
const PLATFORM = join(EXAMPLES, 'platform-large.yaml');

function expectLocatedAtDeclaration(findings: readonly Finding[], file: string): void {
  const located = findings.filter((finding) => finding.resource.logicalId !== undefined);
  expect(located.length).toBeGreaterThan(0);
  for (const finding of located) {
    expect(finding.resource.file, finding.resource.id).toBe(
      join('examples', 'cloudformation', file.split('/').at(-1)!),
    );
    expect(finding.resource.line, finding.resource.id).toBe(
      declarationLine(file, finding.resource.logicalId!),
    );
  }
}

describe('payments-api.yaml (short-form YAML, Conditions, Mappings, parameters)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await scanExample([PAYMENTS]);
  });

  it.each([
    // Environment defaults to staging, where the listener keeps the 2016 policy.
    ['tls-listener-tls13', 'HttpsListener', 'FAIL'],
    ['http-redirects-to-https', 'HttpListener', 'FAIL'],
    ['waf-protects-public-endpoints', 'PublicAlb', 'PASS'],
    ['db-subnets-private', 'PaymentsDbCluster', 'PASS'],
    ['db-subnets-private', 'AnalyticsDb', 'FAIL'],
    ['db-subnets-private', 'ReportingDb', 'UNKNOWN'],
    ['db-not-publicly-accessible', 'AnalyticsDb', 'PASS'],
    ['storage-encrypted', 'PaymentsDbCluster', 'PASS'],
    ['storage-encrypted-with-cmk', 'PaymentsDbCluster', 'PASS'],
    ['storage-encrypted-with-cmk', 'AnalyticsDb', 'FAIL'],
    ['storage-encrypted-with-cmk', 'ReportingDb', 'PASS'],
    ['storage-encrypted', 'FraudSignalsQueue', 'PASS'],
    ['storage-encrypted-with-cmk', 'FraudSignalsQueue', 'FAIL'],
    ['storage-encrypted-with-cmk', 'PaymentEventsQueue', 'PASS'],
    ['storage-encrypted', 'OpsAlertsTopic', 'PASS'],
    ['storage-encrypted-with-cmk', 'OpsAlertsTopic', 'FAIL'],
    ['storage-encrypted-with-cmk', 'ArtifactsBucket', 'PASS'],
    ['storage-encrypted-with-cmk', 'DebugBucket', 'FAIL'],
    ['storage-encrypted-with-cmk', 'ApiLogs', 'PASS'],
    ['kms-key-rotation', 'DataKey', 'PASS'],
  ])('%s on %s is %s', (ruleId, logicalId, status) => {
    expect(verdict(findings, ruleId, logicalId)).toBe(status);
  });

  it('says why the reporting database is UNKNOWN: its subnets come from a parameter without default', () => {
    expect(findingFor(findings, 'db-subnets-private', 'ReportingDb').message).toContain('ReportingSubnetIds');
  });

  it('names the public subnet and the internet gateway of the analytics database', () => {
    const message = findingFor(findings, 'db-subnets-private', 'AnalyticsDb').message;
    expect(message).toContain('PublicSubnetB');
    expect(message).toContain('InternetGateway');
  });

  it('counts a lapsed suppression again, keeping it visible', () => {
    const topic = findingFor(findings, 'storage-encrypted-with-cmk', 'OpsAlertsTopic');
    expect(topic.suppression).toBeUndefined();
    expect(topic.expiredSuppression).toMatchObject({ expires: '2025-12-31', source: 'metadata:soc2' });
  });

  it('locates every finding at the line that declares the resource', () => {
    expectLocatedAtDeclaration(findings, PAYMENTS);
  });

  it('follows the parameters: in prod the listener passes and the debug bucket does not exist', async () => {
    const prod = await scanExample([PAYMENTS], { Environment: 'prod' });
    expect(verdict(prod, 'tls-listener-tls13', 'HttpsListener')).toBe('PASS');
    expect(prod.filter((finding) => finding.resource.logicalId === 'DebugBucket')).toEqual([]);
  });

  it('never passes a database whose given subnets are not in the scanned templates', async () => {
    const given = await scanExample([PAYMENTS], { ReportingSubnetIds: 'subnet-0a1b2c3d,subnet-4e5f6a7b' });
    expect(verdict(given, 'db-subnets-private', 'ReportingDb')).toBe('UNKNOWN');
  });
});

describe('edge-and-audit.json (JSON, conditions, a parameter without default)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await scanExample([EDGE]);
  });

  it.each([
    ['cloudfront-min-tls', 'MarketingCdn', 'PASS'],
    ['cloudfront-min-tls', 'DownloadsCdn', 'FAIL'],
    ['waf-protects-public-endpoints', 'MarketingCdn', 'PASS'],
    ['waf-protects-public-endpoints', 'DownloadsCdn', 'FAIL'],
    ['waf-protects-public-endpoints', 'PartnerApiLive', 'FAIL'],
    ['cloudtrail-multi-region', 'ComplianceTrail', 'PASS'],
    ['cloudtrail-log-validation', 'ComplianceTrail', 'FAIL'],
    ['cloudtrail-encrypted-kms', 'ComplianceTrail', 'PASS'],
    ['kms-key-rotation', 'TrailKey', 'PASS'],
    ['storage-encrypted-with-cmk', 'TrailBucket', 'PASS'],
  ])('%s on %s is %s', (ruleId, logicalId, status) => {
    expect(verdict(findings, ruleId, logicalId)).toBe(status);
  });

  it('checks the trail whose condition is false by default as if it held, naming the condition', async () => {
    const legacy = findings.filter((finding) => finding.resource.logicalId === 'LegacyTrail');
    expect(legacy.length).toBeGreaterThan(0);
    for (const finding of legacy) {
      expect(finding.resource.condition).toBe('WantsLegacyTrail');
      expect(finding.message).toContain('only if condition WantsLegacyTrail holds');
    }
    // Single-region, but the stack's organization trail covers every region: not a gap of its own.
    expect(verdict(findings, 'cloudtrail-multi-region', 'LegacyTrail')).toBe('NOT_APPLICABLE');
    const withLegacy = await scanExample([EDGE], { CreateLegacyTrail: 'true' });
    expect(verdict(withLegacy, 'cloudtrail-multi-region', 'LegacyTrail')).toBe('NOT_APPLICABLE');
    expect(verdict(withLegacy, 'cloudtrail-log-validation', 'LegacyTrail')).not.toBe('PASS');
    const pinnedOff = await scanExample([EDGE], { CreateLegacyTrail: 'false' });
    expect(pinnedOff.filter((finding) => finding.resource.logicalId === 'LegacyTrail')).toEqual([]);
  });

  it('locates every finding at the line that declares the resource', () => {
    expectLocatedAtDeclaration(findings, EDGE);
  });
});

describe('platform-large.yaml (a few hundred resources)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await scanExample([PLATFORM]);
  });

  it('is what the generator writes', () => {
    expect(readFileSync(PLATFORM, 'utf8')).toBe(platformTemplate());
  });

  it('has a few hundred resources', () => {
    const declared = readFileSync(PLATFORM, 'utf8').match(/^ {4}Type: AWS::/gm) ?? [];
    expect(declared.length).toBeGreaterThanOrEqual(300);
  });

  it('fails exactly the four deliberate flaws and nothing else', () => {
    const failed = findings
      .filter((finding) => finding.status === 'FAIL')
      .map((finding) => `${finding.ruleId} ${finding.resource.logicalId}`)
      .sort();
    // Besides the four flaws, the template leaves three things to the account's
    // logging and recovery stacks, outside this one template: a log bucket for S3
    // server access and ALB access logs, and a second-region replica with Object Lock
    // for the service buckets. Those rules FAIL on every service bucket and on both
    // ALBs, and only there: they are listed per resource, so any other FAIL still
    // breaks this test.
    const outsideTemplate = [
      ...PLATFORM_SERVICES.flatMap((service) =>
        ['s3-access-logging', 's3-cross-region-replication', 's3-object-lock'].map(
          (rule) => `${rule} ${service.charAt(0).toUpperCase()}${service.slice(1)}Bucket`,
        ),
      ),
      'load-balancer-access-logs InternalAlb',
      'load-balancer-access-logs PublicAlb',
    ];
    expect(failed).toEqual(
      [
        'db-subnets-private DisputesDb',
        'kms-key-rotation FxKey',
        'storage-encrypted LoansQueue',
        'storage-encrypted-with-cmk WebhooksLogs',
        ...outsideTemplate,
      ].sort(),
    );
    // One root cause, one failure: the unencrypted queue is not failed a second time for its key.
    expect(verdict(findings, 'storage-encrypted-with-cmk', 'LoansQueue')).toBe('NOT_APPLICABLE');
  });

  it('resolves everything the rules read: no UNKNOWN, no ERROR', () => {
    const incomplete = findings.filter(
      (finding) => finding.status === 'UNKNOWN' || finding.status === 'ERROR',
    );
    expect(
      incomplete.map((finding) => `${finding.ruleId} ${finding.resource.id}: ${finding.message}`),
    ).toEqual([]);
  });

  it('passes the private databases and the public listeners, and leaves the internal HTTP listener out', () => {
    expect(verdict(findings, 'db-subnets-private', 'LedgerDb')).toBe('PASS');
    expect(verdict(findings, 'http-redirects-to-https', 'InternalHttpListener')).toBe('NOT_APPLICABLE');
    expect(verdict(findings, 'tls-listener-tls13', 'PublicHttpsListener')).toBe('PASS');
    expect(verdict(findings, 'http-redirects-to-https', 'PublicHttpRedirect')).toBe('PASS');
  });
});
