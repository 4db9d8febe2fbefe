/**
 * Criteria coverage: for every Trust Services Criterion, which controls of a
 * scan gave automated evidence, with their verdict counts, and which gave
 * none (not evaluated on this source, nothing of their types in scope, no
 * control mapped at all). A criterion is only ever "no exceptions" when some
 * check really passed; one that nothing tested says so.
 */
import type { Finding, NotEvaluatedRule, RuleSummary, ScanResult } from '../../engine/finding.js';
import { addTo, emptyCounts, sumCounts, type StatusCounts } from '../html/view-model/counts.js';
import { rulesOf } from '../rules-of.js';
import { compareCriteria, seriesOf, TSC_CRITERIA, TSC_SERIES, tscCriterion } from './tsc.js';

export const COVERAGE_SCHEMA_VERSION = '1.0';

/** What one control contributed to the criteria it supports. */
export type ControlCoverageStatus =
  'fail' | 'incomplete' | 'suppressed' | 'pass' | 'not-applicable' | 'no-resources' | 'not-evaluated';

/** A criterion's overall state, worst first. Only the first four rest on checks that ran. */
export type CriterionCoverageStatus =
  | 'exceptions'
  | 'incomplete'
  | 'accepted-exceptions'
  | 'no-exceptions'
  | 'not-evaluated'
  | 'nothing-checked'
  | 'no-control';

export interface ControlCoverage {
  ruleId: string;
  title: string;
  severity: string;
  status: ControlCoverageStatus;
  counts: StatusCounts;
  /** Why a not-evaluated control did not run ("runs on live accounts and snapshots only, not on templates"). */
  reason?: string;
  /** Set when it did not run for want of these settings, not because of the source. */
  needsSettings?: string[];
}

export interface CriterionCoverage {
  id: string;
  category: string;
  series: string;
  name: string;
  text: string;
  status: CriterionCoverageStatus;
  /** The status in words, as the report prints it. */
  statement: string;
  /** True when a supporting control reached a verdict on some resource: a PASS, a FAIL or an accepted (suppressed) exception. */
  automatedEvidence: boolean;
  counts: StatusCounts;
  controls: ControlCoverage[];
}

export interface CoverageSummary {
  criteria: number;
  withAutomatedEvidence: number;
  withoutAutomatedEvidence: number;
  byStatus: Record<CriterionCoverageStatus, number>;
}

export interface CriteriaCoverage {
  coverageSchemaVersion: string;
  framework: string;
  scan: { scope: string; source: string; startedAt: string };
  note: string;
  summary: CoverageSummary;
  criteria: CriterionCoverage[];
}

export const FRAMEWORK = 'AICPA Trust Services Criteria 2017 (points of focus revised 2022)';

export const COVERAGE_NOTE =
  'Automated checks test the configuration of the scanned resources only. Every criterion also needs the ' +
  "organisation's own evidence (policies, procedures, reviews, tickets); a criterion without automated " +
  'evidence rests on that evidence alone.';

const STATUS_ORDER: readonly CriterionCoverageStatus[] = [
  'exceptions',
  'incomplete',
  'accepted-exceptions',
  'no-exceptions',
  'not-evaluated',
  'nothing-checked',
  'no-control',
];

export function controlCoverageStatus(counts: StatusCounts, notEvaluated: boolean): ControlCoverageStatus {
  if (notEvaluated) return 'not-evaluated';
  if (counts.failed > 0) return 'fail';
  if (counts.unknown + counts.errors > 0) return 'incomplete';
  if (counts.suppressed > 0) return 'suppressed';
  if (counts.passed > 0) return 'pass';
  if (counts.notApplicable > 0) return 'not-applicable';
  return 'no-resources';
}

/** "templates" for a template scan: "not evaluated on templates". */
function sourceWords(source: string): string {
  if (source === 'template') return 'templates';
  if (source === 'snapshot') return 'snapshots';
  return `${source} scans`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

function criterionStatus(controls: readonly ControlCoverage[]): CriterionCoverageStatus {
  if (controls.length === 0) return 'no-control';
  const has = (status: ControlCoverageStatus): boolean =>
    controls.some((control) => control.status === status);
  if (has('fail')) return 'exceptions';
  if (has('incomplete')) return 'incomplete';
  if (has('suppressed')) return 'accepted-exceptions';
  if (has('pass')) return 'no-exceptions';
  if (controls.every((control) => control.status === 'not-evaluated')) return 'not-evaluated';
  return 'nothing-checked';
}

/** Controls that ran but gave this criterion nothing, said after the verdict of those that did. */
function withoutEvidenceClause(controls: readonly ControlCoverage[], source: string): string {
  const notEvaluated = controls.filter(
    (control) => control.status === 'not-evaluated' && control.needsSettings === undefined,
  ).length;
  const wantingSettings = controls.filter((control) => control.needsSettings !== undefined).length;
  const nothing = controls.filter(
    (control) => control.status === 'no-resources' || control.status === 'not-applicable',
  ).length;
  const parts: string[] = [];
  if (notEvaluated > 0)
    parts.push(`${plural(notEvaluated, 'control')} not evaluated on ${sourceWords(source)}`);
  if (wantingSettings > 0) parts.push(`${plural(wantingSettings, 'control')} needing a setting`);
  if (nothing > 0) parts.push(`${plural(nothing, 'control')} found nothing to check`);
  return parts.length > 0 ? `; ${parts.join(', ')}` : '';
}

function statementOf(
  status: CriterionCoverageStatus,
  counts: StatusCounts,
  controls: readonly ControlCoverage[],
  source: string,
): string {
  const tested = counts.population - counts.notApplicable;
  const rest = withoutEvidenceClause(controls, source);
  const incomplete = counts.unknown + counts.errors;
  const alsoIncomplete =
    incomplete > 0 ? `, ${incomplete.toLocaleString('en-US')} could not be completed` : '';
  const alsoSuppressed =
    counts.suppressed > 0 ? `, ${counts.suppressed.toLocaleString('en-US')} suppressed` : '';
  switch (status) {
    case 'exceptions':
      return `Exceptions: ${plural(counts.failed, 'check')} failed${alsoIncomplete}${alsoSuppressed} of ${tested.toLocaleString('en-US')}${rest}`;
    case 'incomplete':
      return `Incomplete: ${plural(incomplete, 'check')} could not be completed${alsoSuppressed} of ${tested.toLocaleString('en-US')}, none failed${rest}`;
    case 'accepted-exceptions':
      return `Accepted exceptions only: ${plural(counts.suppressed, 'check')} suppressed of ${tested.toLocaleString('en-US')}, none failed${rest}`;
    case 'no-exceptions':
      return `No exceptions in ${plural(tested, 'automated check')}${rest}`;
    case 'not-evaluated':
      return controls.some((control) => control.needsSettings === undefined)
        ? `Not evaluated on ${sourceWords(source)}: no automated evidence in this scan${withoutEvidenceClause(
            controls.filter((control) => control.needsSettings !== undefined),
            source,
          )}`
        : `Not evaluated: its controls need a setting (scan --settings); no automated evidence in this scan`;
    case 'nothing-checked':
      return `Nothing to check: no automated evidence in this scan${rest}`;
    case 'no-control':
      return 'No automated control: manual evidence needed';
  }
}

function categoryOf(criterion: string): string {
  const series = TSC_SERIES.find((entry) => entry.id === seriesOf(criterion));
  return series?.category ?? 'other';
}

/**
 * The coverage of every TSC criterion (and of any other criterion a rule
 * names) by the rules of a scan, from their findings and the rules that did
 * not run on this source.
 */
export function criteriaCoverage(input: {
  rules: readonly RuleSummary[];
  findings: readonly Finding[];
  notEvaluated?: readonly NotEvaluatedRule[];
  source: string;
}): Omit<CriteriaCoverage, 'coverageSchemaVersion' | 'framework' | 'scan' | 'note'> {
  const notEvaluated = new Map((input.notEvaluated ?? []).map((entry) => [entry.ruleId, entry]));
  const countsByRule = new Map<string, StatusCounts>();
  for (const finding of input.findings) {
    let counts = countsByRule.get(finding.ruleId);
    if (counts === undefined) countsByRule.set(finding.ruleId, (counts = emptyCounts()));
    addTo(counts, finding.status);
  }
  const rules: Pick<RuleSummary, 'id' | 'title' | 'severity' | 'criteria'>[] = [...input.rules];
  for (const entry of notEvaluated.values()) {
    if (!rules.some((rule) => rule.id === entry.ruleId))
      rules.push({
        id: entry.ruleId,
        title: entry.title,
        severity: entry.severity,
        criteria: entry.criteria,
      });
  }
  const byCriterion = new Map<string, ControlCoverage[]>();
  for (const rule of rules) {
    const counts = countsByRule.get(rule.id) ?? emptyCounts();
    const skipped = notEvaluated.get(rule.id);
    const control: ControlCoverage = {
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      status: controlCoverageStatus(counts, skipped !== undefined),
      counts,
      ...(skipped !== undefined ? { reason: skipped.reason } : {}),
      ...(skipped?.needsSettings !== undefined ? { needsSettings: skipped.needsSettings } : {}),
    };
    for (const criterion of new Set(rule.criteria)) {
      const list = byCriterion.get(criterion) ?? [];
      list.push(control);
      byCriterion.set(criterion, list);
    }
  }
  const ids = [
    ...TSC_CRITERIA.map((criterion) => criterion.id as string),
    ...[...byCriterion.keys()].filter((id) => tscCriterion(id) === undefined).sort(compareCriteria),
  ];
  const criteria = ids.map((id): CriterionCoverage => {
    const known = tscCriterion(id);
    const controls = byCriterion.get(id) ?? [];
    const counts = sumCounts(controls.map((control) => control.counts));
    const status = criterionStatus(controls);
    return {
      id,
      category: categoryOf(id),
      series: seriesOf(id),
      name: known?.name ?? id,
      text: known?.text ?? '',
      status,
      statement: statementOf(status, counts, controls, input.source),
      automatedEvidence: counts.passed + counts.failed + counts.suppressed > 0,
      counts,
      controls,
    };
  });
  const byStatus = Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<
    CriterionCoverageStatus,
    number
  >;
  for (const criterion of criteria) byStatus[criterion.status] += 1;
  const withAutomatedEvidence = criteria.filter((criterion) => criterion.automatedEvidence).length;
  return {
    summary: {
      criteria: criteria.length,
      withAutomatedEvidence,
      withoutAutomatedEvidence: criteria.length - withAutomatedEvidence,
      byStatus,
    },
    criteria,
  };
}

/** criteria-coverage.json: the matrix of a scan, for auditors' tools. */
export function criteriaCoverageOf(result: ScanResult): CriteriaCoverage {
  return {
    coverageSchemaVersion: COVERAGE_SCHEMA_VERSION,
    framework: FRAMEWORK,
    scan: { scope: result.scan.scope, source: result.scan.source, startedAt: result.scan.startedAt },
    note: COVERAGE_NOTE,
    ...criteriaCoverage({
      rules: rulesOf(result),
      findings: result.findings,
      notEvaluated: result.notEvaluated,
      source: result.scan.source,
    }),
  };
}

export function renderCriteriaCoverage(result: ScanResult): string {
  return `${JSON.stringify(criteriaCoverageOf(result), null, 2)}\n`;
}
