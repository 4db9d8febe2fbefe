/**
 * findings.asff.json against the BatchImportFindings constraints (a schema
 * written from the Security Hub API reference), on real engine output: every
 * status, live and template resources, suppressions, hostile and oversized text.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kmsKeyRotation from '../../../rules/encryption/kms-key-rotation.js';
import { EXIT } from '../../../src/cli/exit-codes.js';
import type { Finding, ScanResult } from '../../../src/engine/finding.js';
import { buildScanResult } from '../../../src/engine/result.js';
import type { Rule } from '../../../src/engine/rule.js';
import { runRules } from '../../../src/engine/run.js';
import { Inventory } from '../../../src/inventory/inventory.js';
import type { KmsKey } from '../../../src/inventory/model.js';
import {
  ASFF_LIMITS,
  PLACEHOLDER_ACCOUNT,
  PLACEHOLDER_REGION,
  renderAsff,
} from '../../../src/report/asff.js';
import { truncate } from '../../../src/report/interchange.js';
import { PACKAGE_ROOT } from '../../../src/version.js';
import { runCli } from '../../cli/capture.js';
import { HOSTILE_NAME, mixedScanResult } from './fixture.js';
import { validate } from './json-schema-subset.js';

type AsffFinding = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let schema: Record<string, unknown>;
const result = mixedScanResult();
const findings = JSON.parse(renderAsff(result)) as AsffFinding[];

function pair(predicate: (finding: Finding) => boolean): { finding: Finding; asff: AsffFinding } {
  const index = result.findings.findIndex(predicate);
  if (index < 0) throw new Error('no such finding');
  return { finding: result.findings[index]!, asff: findings[index]! };
}

const byResource = (fragment: string) =>
  pair((finding) => finding.ruleId === 'kms-key-rotation' && finding.resource.id.includes(fragment));

beforeAll(async () => {
  schema = JSON.parse(
    await readFile(
      join(PACKAGE_ROOT, 'test', 'report', 'outputs', 'schemas', 'asff-finding.schema.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;
});

describe('renderAsff', () => {
  it('is the Findings array of a BatchImportFindings request: one valid finding per engine finding', () => {
    expect(findings).toHaveLength(result.findings.length);
    for (const finding of findings) {
      expect(validate(schema, finding)).toEqual([]);
      expect(Object.keys(finding.ProductFields as object).length).toBeLessThanOrEqual(50);
    }
  });

  it('the schema catches what Security Hub refuses (a test that cannot fail is a defect)', () => {
    const valid = findings[0]!;
    const broken: AsffFinding[] = [
      { ...valid, Description: 'x'.repeat(1025) },
      { ...valid, AwsAccountId: 'unknown' },
      { ...valid, Compliance: { Status: 'UNKNOWN' } },
      { ...valid, Severity: { Label: 'medium' } },
      { ...valid, Resources: [] },
      { ...valid, CreatedAt: '2026-06-01 12:00' },
      { ...valid, Types: ['SOC 2'] },
      { ...valid, Unexpected: true },
      Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'GeneratorId')),
    ];
    for (const finding of broken) expect(validate(schema, finding)).not.toEqual([]);
  });

  it('maps each status to Compliance, Workflow and RecordState; UNKNOWN and ERROR are never PASSED', () => {
    const check = (fragment: string, compliance: string, workflow: string, record = 'ACTIVE') => {
      const { asff } = byResource(fragment);
      expect([asff.Compliance.Status, asff.Workflow.Status, asff.RecordState]).toEqual([
        compliance,
        workflow,
        record,
      ]);
      return asff;
    };
    expect(check('App/RotationOff', 'FAILED', 'NEW').Severity).toEqual({
      Label: 'MEDIUM',
      Original: 'medium',
    });
    expect(check('2222-bbbb', 'PASSED', 'RESOLVED').Severity.Label).toBe('INFORMATIONAL');
    check('3333-cccc', 'NOT_AVAILABLE', 'RESOLVED', 'ARCHIVED');
    const unknown = check('App/Hostile', 'NOT_AVAILABLE', 'NEW');
    expect(unknown.Compliance.StatusReasons[0].ReasonCode).toBe('SOC2_NOT_EVALUATED');
    expect(unknown.Compliance.StatusReasons[0].Description).toContain('rotation could not be resolved');
    expect(unknown.Description).toMatch(/^Could not be checked: /);
    const error = pair((finding) => finding.status === 'ERROR').asff;
    expect(error.Compliance).toMatchObject({
      Status: 'NOT_AVAILABLE',
      StatusReasons: [{ ReasonCode: 'SOC2_RULE_ERROR' }],
    });
    result.findings.forEach((finding, index) => {
      if (finding.status === 'UNKNOWN' || finding.status === 'ERROR') {
        expect(findings[index]!.Compliance.Status).not.toBe('PASSED');
      }
    });
    expect(check('4444-dddd', 'FAILED', 'NEW').ProductFields['soc2/ExpiredSuppression']).toBe(
      'Lapsed exception',
    );
  });

  it('a suppressed failure stays FAILED, with Workflow SUPPRESSED and the justification as a Note', () => {
    const inline = byResource('App/Legacy').asff;
    expect(inline.Compliance.Status).toBe('FAILED');
    expect(inline.Workflow.Status).toBe('SUPPRESSED');
    expect(inline.Note).toMatchObject({
      Text: 'Legacy key, retired in Q3',
      UpdatedBy: 'soc2-evidence metadata:checkov',
    });
    const fromFile = byResource('1111-aaaa').asff;
    expect(fromFile.Note.Text).toBe('Rotated by the HSM team every 90 days (until 2026-12-31)');
    expect(fromFile.ProductFields['soc2/Suppression/Source']).toBe('file:soc2-suppressions.yaml');
  });

  it('live findings carry their own account, region, partition and ARN; the ProductArn is the account\u2019s default product in that region', () => {
    const { asff } = byResource('4444-dddd');
    expect(asff.AwsAccountId).toBe('111122223333');
    expect(asff.ProductArn).toBe('arn:aws:securityhub:eu-west-1:111122223333:product/111122223333/default');
    expect(asff.Resources).toEqual([
      {
        Type: 'AwsKmsKey',
        Id: 'arn:aws:kms:eu-west-1:111122223333:key/4444-dddd',
        Partition: 'aws',
        Region: 'eu-west-1',
        Details: { Other: { soc2Type: 'kms-key' } },
      },
    ]);
    expect(asff.Compliance.RelatedRequirements).toEqual(['SOC 2 CC6.1', 'SOC 2 CC6.7']);
    expect(asff.Remediation.Recommendation.Text).toContain('EnableKeyRotation');
  });

  it('ids are stable across renders and differ per rule, resource and region', () => {
    const again = JSON.parse(renderAsff(result)) as AsffFinding[];
    expect(again.map((finding) => finding.Id)).toEqual(findings.map((finding) => finding.Id));
    expect(new Set(findings.map((finding) => finding.Id)).size).toBe(findings.length);
  });

  it('hostile names are data, and text over a field\u2019s maximum is cut to it', () => {
    const hostile = pair((finding) => finding.resource.id === 'App/Bucket');
    expect(hostile.asff.Resources[0].Details.Other.name).toBe(HOSTILE_NAME);
    const longName = 'k'.repeat(3000);
    const key: KmsKey = {
      type: 'kms-key',
      id: `arn:aws:kms:us-east-1:111122223333:key/${longName}`,
      name: longName,
      origin: { kind: 'live', account: '111122223333', region: 'us-east-1' },
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      rotationEnabled: false,
      aliases: [],
    };
    const inventory = new Inventory([key], [], {
      source: 'live',
      accounts: ['111122223333'],
      regions: ['us-east-1'],
    });
    const rules = [kmsKeyRotation as Rule];
    const long: ScanResult = buildScanResult({
      scan: {
        source: 'live',
        scope: '111122223333',
        startedAt: '2026-06-01T12:00:00.000Z',
        finishedAt: '2026-06-01T12:00:01.000Z',
        parameters: {},
      },
      rules,
      rulesVersion: 'test',
      findings: runRules(inventory, rules, { now: new Date('2026-06-01T12:00:00Z'), suppressions: [] }),
      inventory,
    });
    const [finding] = JSON.parse(renderAsff(long)) as AsffFinding[];
    expect(validate(schema, finding)).toEqual([]);
    expect(finding!.Description).toHaveLength(ASFF_LIMITS.description);
    expect(finding!.Description.endsWith('\u2026')).toBe(true);
    expect(finding!.Resources[0].Id).toHaveLength(ASFF_LIMITS.resourceId);
  });

  it('truncate never splits a surrogate pair', () => {
    expect(truncate('ab\u{1F600}cd', 4)).toBe('ab\u2026');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('soc2 scan --template --format asff', () => {
  let outDir: string;
  let templateFindings: AsffFinding[];
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'soc2-asff-'));
    const cwd = join(PACKAGE_ROOT, 'test', 'cli', 'fixtures');
    const run = await runCli(
      ['scan', '-t', 'keys.yaml', '--rules', 'kms-key-rotation', '--out', outDir, '--format', 'asff'],
      cwd,
    );
    expect(run.code).toBe(EXIT.failures);
    const [pack] = await readdir(join(outDir, 'keys'));
    templateFindings = JSON.parse(
      await readFile(join(outDir, 'keys', pack!, 'findings.asff.json'), 'utf8'),
    ) as AsffFinding[];
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes findings.asff.json into the pack, every finding valid', () => {
    expect(templateFindings.length).toBe(4);
    for (const finding of templateFindings) expect(validate(schema, finding)).toEqual([]);
  });

  it('a template names no account: the placeholder account and region, which an import refuses, never a guess', () => {
    for (const finding of templateFindings) {
      expect(finding.AwsAccountId).toBe(PLACEHOLDER_ACCOUNT);
      expect(finding.Resources[0].Region).toBe(PLACEHOLDER_REGION);
    }
    const stale = templateFindings.find((finding) => finding.Resources[0].Id === 'keys/StaleKey')!;
    expect(stale.Resources[0].Details.Other).toMatchObject({
      cfnType: 'AWS::KMS::Key',
      file: 'keys.yaml',
      line: '12',
      logicalId: 'StaleKey',
    });
    expect(stale.Compliance.Status).toBe('FAILED');
  });
});
