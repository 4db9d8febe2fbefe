/** One section per control (rule): its counts, bar, exceptions, suppressions and passing resources. */
import type { Finding, RuleSummary } from '../../../engine/finding.js';
import { controlCoverageStatus, type ControlCoverageStatus } from '../../criteria/coverage.js';
import { barOf, type BarSegment } from './charts.js';
import { addTo, emptyCounts, type StatusCounts } from './counts.js';
import {
  compareExceptions,
  EXCEPTION_RANK,
  exceptionRow,
  groupExceptionRows,
  resourceLabel,
  suppressionRow,
  type ExceptionGroupRow,
  type ExceptionRow,
  type SuppressionRow,
} from './exceptions.js';

export { rulesOf } from '../../rules-of.js';

/** Passing resources are listed by name when a control has at most this many; beyond, only in the CSV. */
export const PASSING_LIST_LIMIT = 200;

/** A control without exceptions is one table row: it names this many passing resources, then counts the rest. */
export const PASSING_PREVIEW_LIMIT = 8;

export interface ControlView {
  id: string;
  anchor: string;
  title: string;
  severity: string;
  /** Family id (`encryption`), `other` for rules without one (an older findings.json). */
  family: string;
  criteria: string;
  /** The criteria, each linking to its row of the coverage matrix. */
  criteriaLinks: { id: string; anchor: string }[];
  /** What the control found: `fail`, `incomplete`, `suppressed`, `pass`, `not-applicable`, `no-resources`, `not-evaluated`. */
  coverage: ControlCoverageStatus;
  /** Remediation is printed for controls that failed somewhere. */
  showRemediation: boolean;
  appliesTo: string;
  rationale: string;
  remediation: RuleSummary['remediation'];
  counts: StatusCounts;
  bar: BarSegment[];
  exceptions: ExceptionRow[];
  /** The same exceptions as printed: one row per status, message and evidence, naming each resource. */
  exceptionGroups: ExceptionGroupRow[];
  suppressions: SuppressionRow[];
  /** All exceptions and suppressions of the control; more than listed when the report summarises. */
  exceptionsTotal: number;
  exceptionsOmitted: number;
  suppressionsTotal: number;
  suppressionsOmitted: number;
  passingListed: string[];
  passingInCsvOnly: number;
  /** The first passing resources, for the one-row form of a control without exceptions. */
  passingPreview: string[];
  /** Passing resources not named in `passingPreview`. */
  passingPreviewMore: number;
  /** The rule did not run on this source ("runs on live accounts and snapshots only, not on templates"). */
  notEvaluated?: string;
}

export function anchorOf(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]+/g, '-')).join('--');
}

export function controlView(
  rule: RuleSummary,
  findings: readonly Finding[],
  rowLimit: number,
  notEvaluated?: string,
): ControlView {
  const counts = emptyCounts();
  const exceptions: Finding[] = [];
  const suppressions: Finding[] = [];
  const passing: string[] = [];
  for (const finding of findings) {
    addTo(counts, finding.status);
    if (EXCEPTION_RANK[finding.status] !== undefined) exceptions.push(finding);
    else if (finding.status === 'PASS' && passing.length <= PASSING_LIST_LIMIT) {
      passing.push(resourceLabel(finding.resource));
    } else if (finding.status === 'SUPPRESSED' && finding.suppression) {
      suppressions.push(finding);
    }
  }
  exceptions.sort(compareExceptions);
  const listPassing = counts.passed <= PASSING_LIST_LIMIT;
  const passingListed = listPassing ? passing.sort((a, b) => a.localeCompare(b)) : [];
  const passingPreview = passingListed.slice(0, PASSING_PREVIEW_LIMIT);
  const exceptionRows = exceptions.slice(0, rowLimit).map(exceptionRow);
  return {
    id: rule.id,
    anchor: anchorOf('control', rule.id),
    title: rule.title,
    severity: rule.severity,
    family: rule.family ?? 'other',
    criteria: rule.criteria.join(', '),
    criteriaLinks: rule.criteria.map((criterion) => ({
      id: criterion,
      anchor: anchorOf('criterion', criterion),
    })),
    coverage: controlCoverageStatus(counts, notEvaluated !== undefined),
    showRemediation: counts.failed > 0,
    appliesTo: rule.appliesTo.join(', '),
    rationale: rule.rationale,
    remediation: rule.remediation,
    counts,
    bar: barOf(counts),
    exceptions: exceptionRows,
    exceptionGroups: groupExceptionRows(exceptionRows),
    suppressions: suppressions.slice(0, rowLimit).map(suppressionRow),
    exceptionsTotal: exceptions.length,
    exceptionsOmitted: Math.max(0, exceptions.length - rowLimit),
    suppressionsTotal: suppressions.length,
    suppressionsOmitted: Math.max(0, suppressions.length - rowLimit),
    passingListed,
    passingInCsvOnly: listPassing ? 0 : counts.passed,
    passingPreview,
    passingPreviewMore: counts.passed - passingPreview.length,
    ...(notEvaluated !== undefined ? { notEvaluated } : {}),
  };
}
