/**
 * End to end over the synthesized CDK example (examples/cdk-app/cdk.out): two
 * stages, four stacks each plus a nested stack, cross-stack references, and
 * the verdicts designed into it, located by construct path.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { REPO_ROOT, findingFor, scanExample, verdict } from './scan-example.js';

const CDK_OUT = join(REPO_ROOT, 'examples', 'cdk-app', 'cdk.out');
const STAGES = ['Staging', 'Prod'] as const;

let findings: Finding[];
beforeAll(async () => {
  findings = await scanExample([CDK_OUT]);
});

describe.each(STAGES)('stage %s', (stage) => {
  it.each([
    ['storage-encrypted-with-cmk', 'Data/PaymentsDb/Resource', 'PASS'],
    ['db-not-publicly-accessible', 'Data/PaymentsDb/Writer/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Data/DocumentsBucket/Resource', 'PASS'],
    ['storage-encrypted', 'Data/PartnerReportsBucket/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Data/PartnerReportsBucket/Resource', 'SUPPRESSED'],
    ['storage-encrypted', 'Data/SessionsTable/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Data/SessionsTable/Resource', 'FAIL'],
    ['storage-encrypted', 'Data/CustomerNotifications/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Data/CustomerNotifications/Resource', 'UNKNOWN'],
    ['storage-encrypted-with-cmk', 'Data/PaymentsAppLogs/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Data/Ledger/LedgerTable/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Data/Ledger/SettlementQueue/Resource', 'PASS'],
    ['kms-key-rotation', 'Data/DataKey/Resource', 'PASS'],
    ['tls-listener-tls13', 'Edge/PublicAlb/Https/Resource', 'PASS'],
    ['http-redirects-to-https', 'Edge/PublicAlb/Redirect80To443/Resource', 'PASS'],
    ['waf-protects-public-endpoints', 'Edge/PublicAlb/Resource', 'PASS'],
    ['waf-protects-public-endpoints', 'Edge/PublicApi/DeploymentStage.v1/Resource', 'PASS'],
    ['waf-protects-public-endpoints', 'Edge/Cdn/Resource', 'PASS'],
    ['cloudfront-min-tls', 'Edge/Cdn/Resource', 'PASS'],
    ['cloudtrail-multi-region', 'Audit/AccountTrail/Resource', 'PASS'],
    ['cloudtrail-log-validation', 'Audit/AccountTrail/Resource', 'PASS'],
    ['cloudtrail-encrypted-kms', 'Audit/AccountTrail/Resource', 'PASS'],
    ['storage-encrypted-with-cmk', 'Audit/TrailLogs/Resource', 'PASS'],
    ['kms-key-rotation', 'Audit/LegacyExportKey/Resource', 'SUPPRESSED'],
  ])('%s on %s is %s', (ruleId, path, status) => {
    expect(verdict(findings, ruleId, `${stage}/${path}`)).toBe(status);
  });

  it('keeps the justification of our own Metadata suppression', () => {
    const bucket = findingFor(
      findings,
      'storage-encrypted-with-cmk',
      `${stage}/Data/PartnerReportsBucket/Resource`,
    );
    expect(bucket.suppression).toMatchObject({
      source: 'metadata:soc2',
      matchedId: 'storage-encrypted-with-cmk',
      expires: '2027-06-30',
      originalStatus: 'FAIL',
    });
    expect(bucket.suppression?.justification).toContain('pre-signed URLs');
  });

  it("honours cdk-nag's rules_to_suppress through the rule's equivalent id", () => {
    const key = findingFor(findings, 'kms-key-rotation', `${stage}/Audit/LegacyExportKey/Resource`);
    expect(key.suppression).toMatchObject({
      source: 'metadata:cdk_nag',
      matchedId: 'NIST.800.53.R5-KMSBackingKeyRotationEnabled',
      originalStatus: 'FAIL',
    });
  });

  it('says why the notification topic is UNKNOWN: its key lives in another account', () => {
    const topic = findingFor(
      findings,
      'storage-encrypted-with-cmk',
      `${stage}/Data/CustomerNotifications/Resource`,
    );
    expect(topic.message).toContain('999999999999');
  });

  // The subnet group names the network stack's subnets through Fn::ImportValue,
  // as CDK writes every cross-stack reference: the scan follows the export.
  it('follows the cross-stack export to the isolated subnets of the database', () => {
    const db = findingFor(findings, 'db-subnets-private', `${stage}/Data/PaymentsDb/Resource`);
    expect(db.status).toBe('PASS');
  });
});

describe('both stages', () => {
  it('fails the plain-HTTP QA listener, which only staging has', () => {
    expect(verdict(findings, 'http-redirects-to-https', 'Staging/Edge/PublicAlb/QaHttp/Resource')).toBe(
      'FAIL',
    );
    expect(
      findings.some((finding) => finding.resource.cdkPath === 'Prod/Edge/PublicAlb/QaHttp/Resource'),
    ).toBe(false);
  });

  it('reads every stack, nested ones included: no population is missing and no rule errs', () => {
    const gaps = findings.filter((finding) => finding.resource.id.endsWith(':*'));
    expect(gaps.map((finding) => finding.message)).toEqual([]);
    expect(findings.filter((finding) => finding.status === 'ERROR')).toEqual([]);
  });

  it('locates every finding by file, line and construct path', () => {
    expect(findings.length).toBeGreaterThan(50);
    for (const finding of findings) {
      const where = `${finding.ruleId} ${finding.resource.id}`;
      expect(finding.resource.cdkPath, where).toMatch(/^(Staging|Prod)\//);
      expect(finding.resource.file, where).toMatch(
        /^examples\/cdk-app\/cdk\.out\/assembly-(Staging|Prod)\/.+\.template\.json$/,
      );
      expect(finding.resource.line, where).toBeGreaterThanOrEqual(1);
    }
  });

  it('points findings of the nested stack at the nested template', () => {
    const ledger = findingFor(findings, 'storage-encrypted', 'Prod/Data/Ledger/LedgerTable/Resource');
    expect(ledger.resource.file).toBe(
      'examples/cdk-app/cdk.out/assembly-Prod/ProdDataLedger4E047D6D.nested.template.json',
    );
    expect(ledger.resource.line).toBe(3);
  });
});
