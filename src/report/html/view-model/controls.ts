/** One section per control (rule): its counts, bar, exceptions, suppressions and passing resources. */
import type { Finding, RuleSummary, ScanResult } from '../../../engine/finding.js';
import { barOf, type BarSegment } from './charts.js';
import { addTo, emptyCounts, type StatusCounts } from './counts.js';
import {
  compareExceptions,
  EXCEPTION_RANK,
  exceptionRow,
  resourceLabel,
  suppressionRow,
  type ExceptionRow,
  type SuppressionRow,
} from './exceptions.js';

/** Passing resources are listed by name when a control has at most this many; beyond, only in the CSV. */
export const PASSING_LIST_LIMIT = 200;

export interface ControlView {
  id: string;
  anchor: string;
  title: string;
  severity: string;
  criteria: string;
  appliesTo: string;
  rationale: string;
  remediation: RuleSummary['remediation'];
  counts: StatusCounts;
  bar: BarSegment[];
  exceptions: ExceptionRow[];
  suppressions: SuppressionRow[];
  /** All exceptions and suppressions of the control; more than listed when the report summarises. */
  exceptionsTotal: number;
  exceptionsOmitted: number;
  suppressionsTotal: number;
  suppressionsOmitted: number;
  passingListed: string[];
  passingInCsvOnly: number;
  /** The rule did not run on this source ("runs on live accounts and snapshots only, not on templates"). */
  notEvaluated?: string;
}

export function anchorOf(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]+/g, '-')).join('--');
}

/** Rules named by findings but missing from `result.rules` (an older findings.json) still get a section. */
export function rulesOf(result: ScanResult): RuleSummary[] {
  const rules = [...result.rules];
  const known = new Set(rules.map((rule) => rule.id));
  for (const finding of result.findings) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    rules.push({
      id: finding.ruleId,
      title: finding.title,
      severity: finding.severity,
      criteria: finding.controls,
      appliesTo: [],
      rationale: '',
      remediation: { summary: '' },
    });
  }
  return rules;
}

export function controlView(rule: RuleSummary, findings: readonly Finding[], rowLimit: number): ControlView {
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
  return {
    id: rule.id,
    anchor: anchorOf('control', rule.id),
    title: rule.title,
    severity: rule.severity,
    criteria: rule.criteria.join(', '),
    appliesTo: rule.appliesTo.join(', '),
    rationale: rule.rationale,
    remediation: rule.remediation,
    counts,
    bar: barOf(counts),
    exceptions: exceptions.slice(0, rowLimit).map(exceptionRow),
    suppressions: suppressions.slice(0, rowLimit).map(suppressionRow),
    exceptionsTotal: exceptions.length,
    exceptionsOmitted: Math.max(0, exceptions.length - rowLimit),
    suppressionsTotal: suppressions.length,
    suppressionsOmitted: Math.max(0, suppressions.length - rowLimit),
    passingListed: listPassing ? passing.sort((a, b) => a.localeCompare(b)) : [],
    passingInCsvOnly: listPassing ? 0 : counts.passed,
  };
}
