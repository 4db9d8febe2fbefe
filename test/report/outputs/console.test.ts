import { describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../../src/engine/finding.js';
import { countByStatus } from '../../../src/engine/finding.js';
import { renderConsoleSummary, terminalSafe } from '../../../src/report/console.js';
import { mixedScanResult } from './fixture.js';

const ESC = '\u001b';
const result = mixedScanResult();

function withFindings(base: ScanResult, findings: Finding[], gaps = base.gaps): ScanResult {
  return { ...base, findings, gaps, summary: { total: findings.length, byStatus: countByStatus(findings) } };
}

describe('renderConsoleSummary', () => {
  const plain = renderConsoleSummary(result, { color: false, quiet: false });

  it('shows scope, counts, failing and unchecked findings with rule, severity, resource and message', () => {
    expect(plain).toContain('live scan of 111122223333');
    expect(plain).toContain(
      '11 findings: 4 FAIL, 2 UNKNOWN, 1 ERROR, 2 SUPPRESSED, 1 PASS, 1 NOT_APPLICABLE',
    );
    expect(plain).toContain('kms-key-rotation [medium]');
    expect(plain).toContain(
      'App/Payments/RotationOff/Resource (kms-key App/RotationOff, templates/app.yaml:12): automatic rotation is disabled',
    );
    expect(plain).toMatch(
      /ERROR App\/Payments\/Bucket\/Resource \(s3-bucket App\/Bucket, .*rule error: cannot read properties of undefined/,
    );
    expect(plain).toContain('(111122223333/eu-west-1)');
  });

  it('lists suppressed findings with their justification, and expired suppressions on failures', () => {
    expect(plain).toContain('suppressed (metadata:checkov): Legacy key, retired in Q3');
    expect(plain).toContain('until 2026-12-31): Rotated by the HSM team every 90 days');
    expect(plain).toContain('suppression expired 2026-01-31 (file:soc2-suppressions.yaml)');
  });

  it('lists what could not be read and why', () => {
    expect(plain).toContain('Evidence incomplete: could not be read (1)');
    expect(plain).toContain('s3-bucket in 111122223333/eu-west-1: s3:ListBuckets AccessDenied');
  });

  it('ends with a one-line verdict, and quiet prints only that line', () => {
    const lines = plain.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      'FAIL: 4 failing; 3 could not be checked (2 UNKNOWN, 1 ERROR); 1 gap in the evidence; 2 suppressed; 1 passed',
    );
    expect(renderConsoleSummary(result, { color: false, quiet: true })).toBe(`${lines.at(-1)}\n`);
  });

  it('says INCOMPLETE without failures but with unknowns, and PASS when everything was checked', () => {
    const noFail = withFindings(
      result,
      result.findings.filter((finding) => finding.status !== 'FAIL'),
    );
    expect(renderConsoleSummary(noFail, { color: false, quiet: true })).toMatch(/^INCOMPLETE: no failures/);
    const clean = withFindings(
      result,
      result.findings.filter((finding) => finding.status === 'PASS'),
      [],
    );
    expect(renderConsoleSummary(clean, { color: false, quiet: true })).toMatch(
      /^PASS: no failures, evidence complete/,
    );
    const gapOnly = withFindings(
      result,
      result.findings.filter((finding) => finding.status === 'PASS'),
    );
    // A gap no check depended on leaves every check complete: the run exits 0, so the word is PASS.
    expect(renderConsoleSummary(gapOnly, { color: false, quiet: true })).toMatch(
      /^PASS: no failures; 1 gap in the evidence \(no check depended on it\)/,
    );
  });

  it('says a run that checked nothing had nothing to check, not that its evidence is complete', () => {
    const none = withFindings(result, [], []);
    const verdict = renderConsoleSummary(none, { color: false, quiet: true });
    expect(verdict).toMatch(
      /^PASS: no failures, nothing to check: none of the \d+ rules run applies to a resource here;/,
    );
    expect(verdict).not.toContain('evidence complete');
    const oneRule = { ...none, rules: none.rules.slice(0, 1) };
    expect(renderConsoleSummary(oneRule, { color: false, quiet: true })).toMatch(
      /^PASS: no failures, nothing to check: the rule run applies to no resource here;/,
    );
  });

  it('uses colour only when asked', () => {
    expect(plain).not.toContain(ESC);
    expect(renderConsoleSummary(result, { color: true, quiet: false })).toContain(`${ESC}[31m`);
  });

  it('never lets resource data emit terminal control sequences', () => {
    const coloured = renderConsoleSummary(result, { color: false, quiet: false });
    expect(coloured).toContain('\\u001b[31m');
    expect(terminalSafe('a\u001b[2Jb\u0007c\nd')).toBe('a\\u001b[2Jb\\u0007c d');
  });

  it('caps long groups per rule but keeps every count', () => {
    const template = result.findings.find((finding) => finding.status === 'FAIL')!;
    const many = Array.from({ length: 2500 }, (_, index) => ({
      ...template,
      resource: { ...template.resource, id: `App/Key${index}`, logicalId: `Key${index}` },
    }));
    const big = withFindings(result, many, []);
    const text = renderConsoleSummary(big, { color: false, quiet: false, maxPerRule: 5 });
    expect(text).toContain('2500 findings: 2500 FAIL');
    expect(text).toContain('Failing (2500)');
    expect(text).toContain('kms-key-rotation [medium] Customer-managed KMS keys rotate automatically: 2500');
    expect(text).toContain('... and 2495 more');
    expect(text.split('\n').filter((line) => line.includes('automatic rotation is disabled'))).toHaveLength(
      5,
    );
  });
});

describe('renderConsoleSummary with a baseline', () => {
  it('says what changed since the previous run, newest failures first', async () => {
    const { compareFindings } = await import('../../../src/engine/changes.js');
    const current = mixedScanResult();
    const failing = current.findings.find((finding) => finding.status === 'FAIL');
    if (!failing) throw new Error('fixture has no FAIL');
    const previous = current.findings.map((finding) =>
      finding === failing ? { ...finding, status: 'PASS' as const } : finding,
    );
    const changes = compareFindings(previous, current.findings, {
      startedAt: '2026-11-24T03:17:00.000Z',
      source: 'baseline.json',
    });
    const text = renderConsoleSummary({ ...current, changes }, { color: false, quiet: false });
    expect(text).toContain('Since 2026-11-24T03:17:00.000Z: 1 new failure, 0 resolved, 0 newly incomplete');
    expect(text).toContain(`${failing.ruleId}: ${failing.resource.type}`);
    expect(text).toMatch(/PASS -> FAIL/);
    expect(renderConsoleSummary(current, { color: false, quiet: false })).not.toContain('Since ');
  });
});

describe('renderConsoleSummary: one unread input behind many population checks', () => {
  const reason = 'the template of nested stack root/storage is not on disk (TemplateURL is remote)';
  const types = ['s3-bucket', 'sqs-queue', 'sns-topic', 'kms-key', 'log-group', 'dynamodb-table'] as const;
  const populationFinding = (ruleId: string, type: (typeof types)[number]): Finding => ({
    ruleId,
    title: `${ruleId} title`,
    status: 'UNKNOWN',
    severity: 'high',
    controls: ['CC6.1'],
    resource: { type, id: `${type}:*` },
    message: `The ${type} population could not be read: ${reason}`,
    evidence: { action: 'read nested stack root/storage', reason },
  });
  const population = [
    ...types.map((type) => populationFinding('storage-encrypted', type)),
    populationFinding('s3-versioning-enabled', 's3-bucket'),
  ];
  const [resourceLevel] = result.findings.filter((finding) => finding.status === 'UNKNOWN');
  const gaps = types.map((resourceType) => ({
    resourceType,
    action: 'read nested stack root/storage',
    reason,
  }));
  const text = renderConsoleSummary(withFindings(result, [...population, resourceLevel!], gaps), {
    color: false,
    quiet: false,
  });

  it('counts them under their cause, naming the rules and resource types, and lists the rest by rule', () => {
    expect(text).toContain('Could not be checked (8)');
    expect(text).toContain(`UNKNOWN 7 population checks of 2 rules, not read: ${reason}`);
    expect(text).toContain('rules: s3-versioning-enabled, storage-encrypted');
    expect(text).toContain(
      'resource types: dynamodb-table, kms-key, log-group, s3-bucket, sns-topic, sqs-queue',
    );
    expect(text).not.toContain('The s3-bucket population could not be read');
    expect(text).toContain(`  ${resourceLevel!.ruleId} [`);
  });

  it('puts the gaps of one cause on one line', () => {
    expect(text).toContain(`Evidence incomplete: could not be read (6)`);
    expect(text).toContain(`- 6 resource types: read nested stack root/storage ${reason}`);
  });
});
