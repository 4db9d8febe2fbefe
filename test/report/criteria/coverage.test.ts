import { describe, expect, it } from 'vitest';
import type { Finding, NotEvaluatedRule, RuleSummary, Status } from '../../../src/engine/finding.js';
import { SOC2_CRITERIA, type Soc2Criterion } from '../../../src/engine/rule.js';
import {
  criteriaCoverage,
  criteriaCoverageOf,
  renderCriteriaCoverage,
  type CriterionCoverage,
} from '../../../src/report/criteria/coverage.js';
import { TSC_CRITERIA, TSC_SERIES } from '../../../src/report/criteria/tsc.js';
import { buildFixture } from '../../fixtures/findings/builder.js';

function rule(id: string, criteria: Soc2Criterion[]): RuleSummary {
  return {
    id,
    title: `${id} title`,
    severity: 'high',
    criteria,
    appliesTo: ['s3-bucket'],
    rationale: '',
    remediation: { summary: '' },
  };
}

function finding(ruleId: string, status: Status, index = 0): Finding {
  return {
    ruleId,
    title: `${ruleId} title`,
    status,
    severity: 'high',
    controls: [],
    resource: { type: 's3-bucket', id: `bucket-${index}` },
    message: status,
    evidence: {},
  };
}

function liveOnly(ruleId: string, criteria: Soc2Criterion[]): NotEvaluatedRule {
  return {
    ruleId,
    title: `${ruleId} title`,
    severity: 'critical',
    criteria,
    family: 'identity',
    reason: 'runs on live accounts and snapshots only, not on templates',
  } as NotEvaluatedRule;
}

function row(criteria: readonly CriterionCoverage[], id: string): CriterionCoverage {
  return criteria.find((criterion) => criterion.id === id)!;
}

describe('the Trust Services Criteria', () => {
  it('name every criterion a rule may map to, each in a known series, with its wording', () => {
    expect(TSC_CRITERIA.map((criterion) => criterion.id)).toEqual([...SOC2_CRITERIA]);
    const series = new Set(TSC_SERIES.map((entry) => entry.id));
    for (const criterion of TSC_CRITERIA) {
      expect(series.has(criterion.series), criterion.id).toBe(true);
      expect(criterion.name.length, criterion.id).toBeGreaterThan(3);
      expect(criterion.text, criterion.id).toMatch(/^(COSO Principle \d+: )?[A-Z].*\.$/);
    }
  });
});

describe('criteria coverage', () => {
  it('lists every criterion once, in TSC order, and says which no control addresses', () => {
    const { criteria, summary } = criteriaCoverage({
      rules: [rule('bucket-encrypted', ['CC6.1', 'CC6.7'])],
      findings: [finding('bucket-encrypted', 'PASS')],
      source: 'live',
    });
    expect(criteria.map((criterion) => criterion.id)).toEqual([...SOC2_CRITERIA]);
    const cc11 = row(criteria, 'CC1.1');
    expect(cc11).toMatchObject({ status: 'no-control', automatedEvidence: false, controls: [] });
    expect(cc11.statement).toBe('No automated control: manual evidence needed');
    expect(row(criteria, 'CC6.7')).toMatchObject({ status: 'no-exceptions', automatedEvidence: true });
    expect(summary).toMatchObject({
      criteria: SOC2_CRITERIA.length,
      withAutomatedEvidence: 2,
      withoutAutomatedEvidence: SOC2_CRITERIA.length - 2,
    });
    expect(summary.byStatus['no-control']).toBe(SOC2_CRITERIA.length - 2);
  });

  it('never reads as clean when nothing ran: a live-only control in a template scan is "not evaluated on templates"', () => {
    const { criteria } = criteriaCoverage({
      rules: [rule('root-mfa', ['CC6.2', 'CC6.1']), rule('bucket-encrypted', ['CC6.1'])],
      findings: [finding('bucket-encrypted', 'PASS')],
      notEvaluated: [liveOnly('root-mfa', ['CC6.2', 'CC6.1'])],
      source: 'template',
    });
    const cc62 = row(criteria, 'CC6.2');
    expect(cc62).toMatchObject({ status: 'not-evaluated', automatedEvidence: false });
    expect(cc62.statement).toBe('Not evaluated on templates: no automated evidence in this scan');
    expect(cc62.controls).toEqual([
      expect.objectContaining({
        ruleId: 'root-mfa',
        status: 'not-evaluated',
        reason: expect.stringMatching(/live/),
      }),
    ]);
    // CC6.1 has a passing control too: it holds on what ran, and says what did not run.
    const cc61 = row(criteria, 'CC6.1');
    expect(cc61.status).toBe('no-exceptions');
    expect(cc61.statement).toBe('No exceptions in 1 automated check; 1 control not evaluated on templates');
  });

  it('says so when the controls ran but found nothing to check (no resources, or not applicable to any)', () => {
    const { criteria } = criteriaCoverage({
      rules: [rule('queue-encrypted', ['C1.1']), rule('trail-on', ['CC7.2'])],
      findings: [finding('trail-on', 'NOT_APPLICABLE')],
      source: 'live',
    });
    expect(row(criteria, 'C1.1')).toMatchObject({
      status: 'nothing-checked',
      automatedEvidence: false,
      statement: 'Nothing to check: no automated evidence in this scan; 1 control found nothing to check',
    });
    expect(row(criteria, 'C1.1').controls[0]!.status).toBe('no-resources');
    expect(row(criteria, 'CC7.2').status).toBe('nothing-checked');
    expect(row(criteria, 'CC7.2').controls[0]!.status).toBe('not-applicable');
  });

  it('ranks a criterion by its worst control: FAIL, then UNKNOWN or ERROR, then suppressed, and counts them all', () => {
    const { criteria } = criteriaCoverage({
      rules: [
        rule('failing', ['CC6.6']),
        rule('unknown', ['CC6.6', 'CC6.8']),
        rule('erroring', ['CC7.1']),
        rule('suppressed', ['CC7.1', 'A1.2']),
        rule('passing', ['CC6.6', 'CC6.8', 'CC7.1', 'A1.2']),
      ],
      findings: [
        finding('failing', 'FAIL'),
        finding('failing', 'PASS', 1),
        finding('unknown', 'UNKNOWN'),
        finding('erroring', 'ERROR'),
        finding('suppressed', 'SUPPRESSED'),
        finding('passing', 'PASS'),
        finding('passing', 'NOT_APPLICABLE', 1),
      ],
      source: 'live',
    });
    const cc66 = row(criteria, 'CC6.6');
    expect(cc66.status).toBe('exceptions');
    expect(cc66.counts).toMatchObject({ population: 5, passed: 2, failed: 1, unknown: 1, notApplicable: 1 });
    expect(cc66.statement).toBe('Exceptions: 1 check failed, 1 could not be completed of 4');
    expect(row(criteria, 'CC6.8')).toMatchObject({
      status: 'incomplete',
      statement: 'Incomplete: 1 check could not be completed of 2, none failed',
    });
    expect(row(criteria, 'CC7.1').status).toBe('incomplete');
    expect(row(criteria, 'A1.2')).toMatchObject({
      status: 'accepted-exceptions',
      automatedEvidence: true,
      statement: 'Accepted exceptions only: 1 check suppressed of 2, none failed',
    });
  });

  it('treats a criterion with only UNKNOWN checks as incomplete and without automated evidence', () => {
    const { criteria } = criteriaCoverage({
      rules: [rule('denied', ['CC7.3'])],
      findings: [finding('denied', 'UNKNOWN')],
      source: 'live',
    });
    expect(row(criteria, 'CC7.3')).toMatchObject({ status: 'incomplete', automatedEvidence: false });
  });

  it('keeps criteria from outside the TSC list (an older findings.json) after the list', () => {
    const { criteria } = criteriaCoverage({
      rules: [rule('legacy', ['CC6.1', 'X9.9' as Soc2Criterion])],
      findings: [finding('legacy', 'PASS')],
      source: 'live',
    });
    expect(criteria.at(-1)).toMatchObject({
      id: 'X9.9',
      name: 'X9.9',
      category: 'other',
      status: 'no-exceptions',
    });
  });
});

describe('criteria-coverage.json', () => {
  it('carries the scan, the note on manual evidence and a summary that adds up', () => {
    const result = buildFixture({ findings: 120, seed: 3 });
    const coverage = JSON.parse(renderCriteriaCoverage(result)) as ReturnType<typeof criteriaCoverageOf>;
    expect(coverage).toMatchObject({
      coverageSchemaVersion: '1.0',
      framework: expect.stringContaining('Trust Services Criteria 2017'),
      scan: { scope: result.scan.scope, source: 'live', startedAt: result.scan.startedAt },
      note: expect.stringContaining("organisation's own evidence"),
    });
    const byStatus = Object.values(coverage.summary.byStatus).reduce((sum, count) => sum + count, 0);
    expect(byStatus).toBe(coverage.criteria.length);
    expect(coverage.summary.withAutomatedEvidence).toBe(
      coverage.criteria.filter((criterion) => criterion.automatedEvidence).length,
    );
    const cc67 = coverage.criteria.find((criterion) => criterion.id === 'CC6.7')!;
    const findings = result.findings.filter((entry) => entry.controls.includes('CC6.7'));
    expect(cc67.counts.population).toBe(findings.length);
    expect(cc67.counts.failed).toBe(findings.filter((entry) => entry.status === 'FAIL').length);
  });
});
