/**
 * Everything the report templates show, computed here so templates stay
 * logic-free: counts per control and criterion, chart geometry, exception and
 * suppression rows. Values are plain strings and numbers; the templates'
 * `{{ }}` escapes them, so nothing from a resource can become markup.
 */
import type { Finding, ScanResult } from '../../engine/finding.js';
import { compareRuleIds } from '../../engine/rule.js';
import { donutOf, type DonutSegment } from './view-model/charts.js';
import { changesView, type ChangesView } from './view-model/changes.js';
import {
  controlGroups,
  groupByReason,
  type ControlGroupView,
  type NoEvidenceControlView,
  type NoEvidenceGroupView,
} from './view-model/control-groups.js';
import { controlView, rulesOf, PASSING_LIST_LIMIT, type ControlView } from './view-model/controls.js';
import { sumCounts, type StatusCounts } from './view-model/counts.js';
import { coverageView, type CoverageView, type CriterionView } from './view-model/criteria.js';
import { evidenceDatesView, type EvidenceDatesView } from './view-model/evidence-dates.js';
import { EXCEPTION_RANK, PRINTED_MESSAGE_CHARS } from './view-model/exceptions.js';

// One file per part of the report under view-model/; callers keep importing from here.
export { barOf, donutOf, type BarSegment, type DonutSegment } from './view-model/charts.js';
export type { ChangeGroup, ChangeRow, ChangesView } from './view-model/changes.js';
export type {
  ControlGroupView,
  NoEvidenceControlView,
  NoEvidenceGroupView,
} from './view-model/control-groups.js';
export { PASSING_LIST_LIMIT, PASSING_PREVIEW_LIMIT, type ControlView } from './view-model/controls.js';
export type { StatusCounts } from './view-model/counts.js';
export type {
  CoverageCategoryView,
  CoverageSeriesView,
  CoverageView,
  CriterionControlRef,
  CriterionView,
} from './view-model/criteria.js';
export type { EvidenceDatesView } from './view-model/evidence-dates.js';
export {
  evidenceExcerpt,
  locationOf,
  resourceLabel,
  type ExceptionGroupRow,
  type ExceptionRow,
  type SuppressionRow,
} from './view-model/exceptions.js';

const UNKNOWN_GROUP_LIMIT = 200;

/**
 * Above this many exception and suppression rows in all, the report summarises:
 * each control lists its first DETAIL_ROWS_PER_CONTROL exceptions (FAIL first,
 * then by severity) and counts the rest, which findings.json and
 * passing-resources.csv hold in full. Keeps the HTML and PDF bounded for any scan.
 */
export const DETAIL_ROW_LIMIT = 2000;

export const DETAIL_ROWS_PER_CONTROL = 25;

export interface ReportView {
  title: string;
  generatedAt: string;
  scan: {
    scope: string;
    source: string;
    accounts: string;
    regions: string;
    startedAt: string;
    finishedAt: string;
    callerArn: string;
    callerAccount: string;
    callerUserId: string;
    parameters: { name: string; value: string }[];
  };
  tool: { name: string; version: string; rulesVersion: string; findingsSchemaVersion: string };
  /** Live and snapshot scans: when the facts were recorded. */
  evidenceDates?: EvidenceDatesView;
  totals: StatusCounts;
  donut: DonutSegment[];
  /** Every control once, in rule order. */
  controls: ControlView[];
  /** Controls with FAIL, UNKNOWN, ERROR or suppressed findings, for the summary. */
  controlsWithExceptions: ControlView[];
  /** The controls part: by family, then the controls that gave no evidence. */
  controlGroups: ControlGroupView[];
  noEvidenceControls: NoEvidenceControlView[];
  /** The same controls, grouped by the reason they gave no evidence. */
  noEvidenceGroups: NoEvidenceGroupView[];
  /**
   * How many controls had exceptions, held everywhere they applied, or gave no evidence;
   * `withExceptionsBelowHigh`: those with exceptions of medium severity or lower, which
   * the printed summary counts instead of listing (the controls part lists them).
   */
  controlCounts: {
    all: number;
    withExceptions: number;
    withExceptionsBelowHigh: number;
    held: number;
    noEvidence: number;
  };
  /** Every Trust Services Criterion, in TSC order: the coverage matrix's rows. */
  criteria: CriterionView[];
  coverage: CoverageView;
  /** Set when the scan was compared with an earlier run. */
  changes?: ChangesView;
  appendix: {
    dataSources: string[];
    gaps: { resourceType: string; account: string; region: string; action: string; reason: string }[];
    unknownGroups: { ruleId: string; status: string; message: string; count: number }[];
    unknownGroupsOmitted: number;
    /** `namedFile`: the file when its name is not the rule id's (custom rules), else empty. */
    ruleHashes: { id: string; file: string; namedFile: string; sha256: string; sha256Prefix: string }[];
  };
  passingListLimit: number;
  /** The printed copy cuts longer messages of its exception rows (the HTML and findings.json keep them whole). */
  printedMessageChars: number;
  /** Set when the findings are too many to list: the report lists the first rows per control. */
  summarised?: { findings: number; detailRows: number; rowsPerControl: number; limit: number };
  /** Set when a re-rendered pack was made from input that did not verify (`--allow-unverified`). */
  unverifiedInput?: { reasons: string[] };
  /** PDF pages of the other sections listed in the contents (second print pass only). */
  pages?: Record<
    | 'summary'
    | 'coverage'
    | 'controls'
    | 'noEvidence'
    | 'appendix'
    | 'methodology'
    | 'dataSources'
    | 'gaps'
    | 'ruleHashes',
    number | undefined
  >;
}

/** The view with page numbers for the contents, from where a first print put each section. */
export function withPageNumbers(view: ReportView, pages: ReadonlyMap<string, number>): ReportView {
  return {
    ...view,
    controlGroups: view.controlGroups.map((group) => ({ ...group, page: pages.get(group.anchor) })),
    pages: {
      summary: pages.get('summary'),
      coverage: pages.get('coverage'),
      controls: pages.get('controls'),
      noEvidence: pages.get('no-evidence'),
      appendix: pages.get('appendix'),
      methodology: pages.get('methodology'),
      dataSources: pages.get('data-sources'),
      gaps: pages.get('gaps'),
      ruleHashes: pages.get('rule-hashes'),
    },
  };
}

function unknownGroups(findings: readonly Finding[]): ReportView['appendix']['unknownGroups'] {
  const groups = new Map<string, { ruleId: string; status: string; message: string; count: number }>();
  for (const finding of findings) {
    if (finding.status !== 'UNKNOWN' && finding.status !== 'ERROR') continue;
    const key = `${finding.ruleId}\u0000${finding.status}\u0000${finding.message}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else
      groups.set(key, { ruleId: finding.ruleId, status: finding.status, message: finding.message, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || compareRuleIds(a.ruleId, b.ruleId));
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];

function compareBySeverityThenFailures(a: ControlView, b: ControlView): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    b.counts.failed - a.counts.failed ||
    b.counts.unknown + b.counts.errors - (a.counts.unknown + a.counts.errors)
  );
}

function formatParameter(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

export function buildReportView(
  result: ScanResult,
  options: {
    generatedAt: Date;
    ruleHashes: { id: string; sourceFile?: string; sha256?: string }[];
    title?: string;
    /** Why the findings rendered here could not be verified (re-render with --allow-unverified). */
    unverifiedInput?: string[];
  },
): ReportView {
  const rules = rulesOf(result);
  const findingsByRule = new Map<string, Finding[]>();
  let detailRows = 0;
  for (const finding of result.findings) {
    const list = findingsByRule.get(finding.ruleId);
    if (list) list.push(finding);
    else findingsByRule.set(finding.ruleId, [finding]);
    if (EXCEPTION_RANK[finding.status] !== undefined || finding.status === 'SUPPRESSED') detailRows += 1;
  }
  const summarise = detailRows > DETAIL_ROW_LIMIT;
  const rowLimit = summarise ? DETAIL_ROWS_PER_CONTROL : Infinity;
  const notEvaluated = new Map((result.notEvaluated ?? []).map((entry) => [entry.ruleId, entry.reason]));
  const controls = rules.map((rule) =>
    controlView(rule, findingsByRule.get(rule.id) ?? [], rowLimit, notEvaluated.get(rule.id)),
  );
  const totals = sumCounts(controls.map((control) => control.counts));
  const grouped = controlGroups(controls);
  const { coverage, criteria } = coverageView(result);
  const groups = unknownGroups(result.findings);
  const controlsWithExceptions = controls
    .filter((control) => ['fail', 'incomplete', 'suppressed'].includes(control.coverage))
    .sort(compareBySeverityThenFailures);
  const { scan } = result;
  return {
    title: options.title ?? 'SOC 2 evidence report',
    generatedAt: options.generatedAt.toISOString(),
    scan: {
      scope: scan.scope,
      source: scan.source,
      accounts: (scan.accounts ?? []).join(', '),
      regions: (scan.regions ?? []).join(', '),
      startedAt: scan.startedAt,
      finishedAt: scan.finishedAt,
      callerArn: scan.callerIdentity?.arn ?? '',
      callerAccount: scan.callerIdentity?.account ?? '',
      callerUserId: scan.callerIdentity?.userId ?? '',
      parameters: Object.entries(scan.parameters ?? {})
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ({ name, value: formatParameter(value) })),
    },
    tool: { ...result.tool, findingsSchemaVersion: result.schemaVersion },
    evidenceDates: evidenceDatesView(scan),
    totals,
    donut: donutOf(totals),
    controls,
    controlsWithExceptions,
    controlGroups: grouped.groups,
    noEvidenceControls: grouped.noEvidence,
    noEvidenceGroups: groupByReason(grouped.noEvidence),
    controlCounts: {
      all: controls.length,
      withExceptions: grouped.groups.reduce((sum, group) => sum + group.detailed.length, 0),
      withExceptionsBelowHigh: controlsWithExceptions.filter(
        (control) => control.severity !== 'critical' && control.severity !== 'high',
      ).length,
      held: grouped.groups.reduce((sum, group) => sum + group.held.length, 0),
      noEvidence: grouped.noEvidence.length,
    },
    criteria,
    coverage,
    changes: changesView(result.changes),
    appendix: {
      dataSources: scan.dataSources ?? [],
      gaps: result.gaps.map((gap) => ({
        resourceType: gap.resourceType,
        account: gap.account ?? '',
        region: gap.region ?? '',
        action: gap.action ?? '',
        reason: gap.reason,
      })),
      unknownGroups: groups.slice(0, UNKNOWN_GROUP_LIMIT),
      unknownGroupsOmitted: Math.max(0, groups.length - UNKNOWN_GROUP_LIMIT),
      ruleHashes: options.ruleHashes.map((hash) => ({
        id: hash.id,
        file: hash.sourceFile ?? '',
        namedFile:
          /(^|\/)([^/]+)\.[jt]s$/.exec(hash.sourceFile ?? '')?.[2] === hash.id ? '' : (hash.sourceFile ?? ''),
        sha256: hash.sha256 ?? 'source not found',
        sha256Prefix: hash.sha256 === undefined ? 'source not found' : `${hash.sha256.slice(0, 16)}…`,
      })),
    },
    passingListLimit: PASSING_LIST_LIMIT,
    printedMessageChars: PRINTED_MESSAGE_CHARS,
    summarised: summarise
      ? {
          findings: result.findings.length,
          detailRows,
          rowsPerControl: DETAIL_ROWS_PER_CONTROL,
          limit: DETAIL_ROW_LIMIT,
        }
      : undefined,
    unverifiedInput: options.unverifiedInput !== undefined ? { reasons: options.unverifiedInput } : undefined,
  };
}
