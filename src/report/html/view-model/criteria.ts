/**
 * The criteria coverage matrix as the report shows it: every Trust Services
 * Criterion, grouped by category and series, with the controls that support
 * it (each linking to its one section) and what they found. A criterion no
 * check reached a verdict on reads as such, never as clean.
 */
import type { ScanResult } from '../../../engine/finding.js';
import {
  COVERAGE_NOTE,
  criteriaCoverage,
  FRAMEWORK,
  type ControlCoverageStatus,
  type CoverageSummary,
  type CriterionCoverage,
  type CriterionCoverageStatus,
} from '../../criteria/coverage.js';
import { TSC_CATEGORIES, TSC_SERIES } from '../../criteria/tsc.js';
import { anchorOf, rulesOf } from './controls.js';
import type { StatusCounts } from './counts.js';

export interface CriterionControlRef {
  id: string;
  anchor: string;
  status: ControlCoverageStatus;
  /** Said after the id unless the control passed everywhere it applied: "2 FAIL", "not evaluated". */
  note: string;
}

export interface CriterionView {
  id: string;
  anchor: string;
  name: string;
  text: string;
  status: CriterionCoverageStatus;
  statusClass: string;
  statement: string;
  automatedEvidence: boolean;
  counts: StatusCounts;
  controls: CriterionControlRef[];
}

export interface CoverageSeriesView {
  id: string;
  name: string;
  /** No control of the scan maps to any criterion of the series: one row says so. */
  allManual: boolean;
  criteria: CriterionView[];
}

export interface CoverageCategoryView {
  id: string;
  anchor: string;
  name: string;
  criteriaCount: number;
  withAutomatedEvidence: number;
  /** No control of the scan maps to any criterion of the category: one line says so. */
  allManual: boolean;
  series: CoverageSeriesView[];
}

export interface CoverageView {
  framework: string;
  note: string;
  summary: CoverageSummary;
  categories: CoverageCategoryView[];
}

const STATUS_CLASS: Record<CriterionCoverageStatus, string> = {
  exceptions: 'fail',
  incomplete: 'unknown',
  'accepted-exceptions': 'suppressed',
  'no-exceptions': 'pass',
  'not-evaluated': 'none',
  'nothing-checked': 'none',
  'no-control': 'manual',
};

/** "2 FAIL, 1 UNKNOWN, 1 suppressed": every count that keeps the control from holding. */
function exceptionCounts(counts: StatusCounts): string {
  return [
    counts.failed > 0 ? `${counts.failed} FAIL` : '',
    counts.unknown > 0 ? `${counts.unknown} UNKNOWN` : '',
    counts.errors > 0 ? `${counts.errors} ERROR` : '',
    counts.suppressed > 0 ? `${counts.suppressed} suppressed` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function noteOf(status: ControlCoverageStatus, counts: StatusCounts): string {
  switch (status) {
    case 'fail':
    case 'incomplete':
    case 'suppressed':
      return exceptionCounts(counts);
    case 'pass':
      return '';
    case 'not-applicable':
      return 'not applicable';
    case 'no-resources':
      return 'nothing to check';
    case 'not-evaluated':
      return 'not evaluated';
  }
}

function criterionView(criterion: CriterionCoverage): CriterionView {
  return {
    id: criterion.id,
    anchor: anchorOf('criterion', criterion.id),
    name: criterion.name,
    text: criterion.text,
    status: criterion.status,
    statusClass: STATUS_CLASS[criterion.status],
    statement: criterion.statement,
    automatedEvidence: criterion.automatedEvidence,
    counts: criterion.counts,
    controls: criterion.controls.map((control) => ({
      id: control.ruleId,
      anchor: anchorOf('control', control.ruleId),
      status: control.status,
      note: noteOf(control.status, control.counts),
    })),
  };
}

export function coverageView(result: ScanResult): { coverage: CoverageView; criteria: CriterionView[] } {
  const { summary, criteria } = criteriaCoverage({
    rules: rulesOf(result),
    findings: result.findings,
    notEvaluated: result.notEvaluated,
    source: result.scan.source,
  });
  const views = criteria.map(criterionView);
  const categories: CoverageCategoryView[] = [
    ...TSC_CATEGORIES.map((category) => ({ id: category.id, name: category.name })),
    { id: 'other', name: 'Other criteria' },
  ].map((category) => {
    const series = [
      ...TSC_SERIES.filter((entry) => entry.category === category.id),
      ...(category.id === 'other' ? [{ id: 'other', name: 'Criteria outside the TSC 2017 list' }] : []),
    ]
      .map((entry) => {
        const inSeries = views.filter((_view, index) =>
          category.id === 'other'
            ? criteria[index]!.category === 'other'
            : criteria[index]!.series === entry.id,
        );
        return {
          id: entry.id,
          name: entry.name,
          allManual: inSeries.every((view) => view.status === 'no-control'),
          criteria: inSeries,
        };
      })
      .filter((entry) => entry.criteria.length > 0);
    const inCategory = series.flatMap((entry) => entry.criteria);
    return {
      id: category.id,
      anchor: anchorOf('coverage', category.id),
      name: category.name,
      criteriaCount: inCategory.length,
      withAutomatedEvidence: inCategory.filter((view) => view.automatedEvidence).length,
      allManual: series.every((entry) => entry.allManual),
      series,
    };
  });
  return {
    coverage: {
      framework: FRAMEWORK,
      note: COVERAGE_NOTE,
      summary,
      categories: categories.filter((category) => category.series.length > 0),
    },
    criteria: views,
  };
}
