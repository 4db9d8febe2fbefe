/**
 * Everything the report templates show, computed here so templates stay
 * logic-free: counts per control and criterion, chart geometry, exception and
 * suppression rows. Values are plain strings and numbers; the templates'
 * `{{ }}` escapes them, so nothing from a resource can become markup.
 */
import type { ChangeSummary, FindingChange } from '../../engine/changes.js';
import type { Finding, FindingResource, RuleSummary, ScanResult, Status } from '../../engine/finding.js';
import { CRITERIA_NAMES, CRITERIA_TITLES, compareCriteria } from './criteria.js';

/** Passing resources are listed by name when a control has at most this many; beyond, only in the CSV. */
export const PASSING_LIST_LIMIT = 200;
/** Exceptions are repeated under every criterion of a control while the repeats stay under this many rows. */
export const REPEATED_EXCEPTION_BUDGET = 1000;
const EVIDENCE_EXCERPT_CHARS = 400;
const UNKNOWN_GROUP_LIMIT = 200;
/**
 * Above this many exception and suppression rows in all, the report summarises:
 * each control lists its first DETAIL_ROWS_PER_CONTROL exceptions (FAIL first,
 * then by severity) and counts the rest, which findings.json and
 * passing-resources.csv hold in full. Keeps the HTML and PDF bounded for any scan.
 */
export const DETAIL_ROW_LIMIT = 2000;
export const DETAIL_ROWS_PER_CONTROL = 25;
/** Rows listed per kind of change; the rest are counted. */
const CHANGE_ROW_LIMIT = 100;

export interface StatusCounts {
  population: number;
  passed: number;
  failed: number;
  unknown: number;
  errors: number;
  suppressed: number;
  notApplicable: number;
}

export interface BarSegment {
  cssClass: string;
  label: string;
  count: number;
  x: number;
  width: number;
}

export interface DonutSegment {
  cssClass: string;
  label: string;
  count: number;
  percent: string;
  dashArray: string;
  dashOffset: number;
}

export interface ExceptionRow {
  status: Status;
  statusClass: string;
  severity: string;
  resource: string;
  resourceId?: string;
  resourceType: string;
  location: string;
  message: string;
  evidence: string;
  expiredSuppression?: { justification: string; expires: string; source: string };
}

export interface SuppressionRow {
  resource: string;
  resourceType: string;
  location: string;
  originalStatus: string;
  justification: string;
  expires: string;
  source: string;
  matchedId: string;
  message: string;
}

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

export interface CriterionControl extends ControlView {
  /** False: the exceptions are shown under `detailCriterion` (anchor `detailAnchor`). */
  showDetails: boolean;
  detailCriterion: string;
  detailAnchor: string;
}

export interface CriterionView {
  id: string;
  anchor: string;
  /** PDF page the section starts on (second print pass only). */
  page?: number;
  name: string;
  text: string;
  counts: StatusCounts;
  controls: CriterionControl[];
}

export interface ChangeRow {
  ruleId: string;
  resource: string;
  resourceType: string;
  before: string;
  after: string;
  message: string;
}

export interface ChangeGroup {
  heading: string;
  count: number;
  rows: ChangeRow[];
  omitted: number;
}

export interface ChangesView {
  baselineStartedAt: string;
  baselineSource: string;
  counts: ChangeSummary['counts'];
  groups: ChangeGroup[];
}

/** When the facts were true, for the cover and the methodology. */
export interface EvidenceDatesView {
  /** A snapshot replay: the facts were recorded earlier than the rules were evaluated. */
  replay: boolean;
  /** When the rules were evaluated (the run's start). */
  evaluatedAt: string;
  /** Per account and region; one row when every region shares the recording window. */
  recorded: { where: string; from: string; to: string; window: string }[];
  olderFacts: { fact: string; action: string; where: string; asOf: string }[];
}

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
  controls: ControlView[];
  criteria: CriterionView[];
  /** Set when the scan was compared with an earlier run. */
  changes?: ChangesView;
  appendix: {
    dataSources: string[];
    gaps: { resourceType: string; account: string; region: string; action: string; reason: string }[];
    unknownGroups: { ruleId: string; status: string; message: string; count: number }[];
    unknownGroupsOmitted: number;
    ruleHashes: { id: string; file: string; sha256: string }[];
  };
  passingListLimit: number;
  /** Set when the findings are too many to list: the report lists the first rows per control. */
  summarised?: { findings: number; detailRows: number; rowsPerControl: number; limit: number };
  /** Set when a re-rendered pack was made from input that did not verify (`--allow-unverified`). */
  unverifiedInput?: { reasons: string[] };
  /** PDF pages of the other sections listed in the contents (second print pass only). */
  pages?: Record<
    'summary' | 'appendix' | 'methodology' | 'dataSources' | 'gaps' | 'ruleHashes',
    number | undefined
  >;
}

/** The view with page numbers for the contents, from where a first print put each section. */
export function withPageNumbers(view: ReportView, pages: ReadonlyMap<string, number>): ReportView {
  return {
    ...view,
    criteria: view.criteria.map((criterion) => ({ ...criterion, page: pages.get(criterion.anchor) })),
    pages: {
      summary: pages.get('summary'),
      appendix: pages.get('appendix'),
      methodology: pages.get('methodology'),
      dataSources: pages.get('data-sources'),
      gaps: pages.get('gaps'),
      ruleHashes: pages.get('rule-hashes'),
    },
  };
}

const STATUS_CLASS: Record<Status, string> = {
  PASS: 'pass',
  FAIL: 'fail',
  UNKNOWN: 'unknown',
  ERROR: 'error',
  SUPPRESSED: 'suppressed',
  NOT_APPLICABLE: 'na',
};

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const EXCEPTION_RANK: Partial<Record<Status, number>> = { FAIL: 0, ERROR: 1, UNKNOWN: 2 };

function emptyCounts(): StatusCounts {
  return { population: 0, passed: 0, failed: 0, unknown: 0, errors: 0, suppressed: 0, notApplicable: 0 };
}

function addTo(counts: StatusCounts, status: Status): void {
  counts.population += 1;
  if (status === 'PASS') counts.passed += 1;
  else if (status === 'FAIL') counts.failed += 1;
  else if (status === 'UNKNOWN') counts.unknown += 1;
  else if (status === 'ERROR') counts.errors += 1;
  else if (status === 'SUPPRESSED') counts.suppressed += 1;
  else counts.notApplicable += 1;
}

function sumCounts(list: readonly StatusCounts[]): StatusCounts {
  const total = emptyCounts();
  for (const counts of list) {
    for (const key of Object.keys(total) as (keyof StatusCounts)[]) total[key] += counts[key];
  }
  return total;
}

function segmentsOf(counts: StatusCounts): { cssClass: string; label: string; count: number }[] {
  return [
    { cssClass: 'pass', label: 'Passed', count: counts.passed },
    { cssClass: 'fail', label: 'Failed', count: counts.failed },
    { cssClass: 'unknown', label: 'Unknown', count: counts.unknown },
    { cssClass: 'error', label: 'Error', count: counts.errors },
    { cssClass: 'suppressed', label: 'Suppressed', count: counts.suppressed },
    { cssClass: 'na', label: 'Not applicable', count: counts.notApplicable },
  ];
}

const BAR_WIDTH = 200;

export function barOf(counts: StatusCounts): BarSegment[] {
  if (counts.population === 0) return [];
  let x = 0;
  return segmentsOf(counts)
    .filter((segment) => segment.count > 0)
    .map((segment) => {
      const width = Math.max(1, round((segment.count / counts.population) * BAR_WIDTH));
      const bar = { ...segment, x: round(x), width };
      x += width;
      return bar;
    });
}

/** Donut on a circle of circumference 100 (r = 15.9155): dash lengths are percentages. */
export function donutOf(counts: StatusCounts): DonutSegment[] {
  if (counts.population === 0) return [];
  let offset = 25;
  return segmentsOf(counts)
    .filter((segment) => segment.count > 0)
    .map((segment) => {
      const share = (segment.count / counts.population) * 100;
      const donut = {
        ...segment,
        percent: share >= 10 ? share.toFixed(0) : share.toFixed(1),
        dashArray: `${round(share)} ${round(100 - share)}`,
        dashOffset: round(offset),
      };
      offset -= share;
      return donut;
    });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function anchorOf(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_-]+/g, '-')).join('--');
}

export function resourceLabel(resource: FindingResource): string {
  return resource.name && resource.name !== resource.id ? resource.name : resource.id;
}

export function locationOf(resource: FindingResource): string {
  if (resource.file !== undefined) {
    const where = resource.line !== undefined ? `${resource.file}:${resource.line}` : resource.file;
    return resource.logicalId ? `${where} (${resource.logicalId})` : where;
  }
  return [resource.account, resource.region].filter(Boolean).join(' / ');
}

export function evidenceExcerpt(evidence: Finding['evidence']): string {
  const text = JSON.stringify(evidence ?? {});
  if (text === '{}') return '';
  return text.length > EVIDENCE_EXCERPT_CHARS ? `${text.slice(0, EVIDENCE_EXCERPT_CHARS)}…` : text;
}

function exceptionRow(finding: Finding): ExceptionRow {
  const label = resourceLabel(finding.resource);
  return {
    status: finding.status,
    statusClass: STATUS_CLASS[finding.status],
    severity: finding.severity,
    resource: label,
    resourceId: label === finding.resource.id ? undefined : finding.resource.id,
    resourceType: finding.resource.type,
    location: locationOf(finding.resource),
    message: finding.message,
    evidence: evidenceExcerpt(finding.evidence),
    expiredSuppression: finding.expiredSuppression && {
      justification: finding.expiredSuppression.justification,
      expires: finding.expiredSuppression.expires ?? '',
      source: finding.expiredSuppression.source,
    },
  };
}

function compareExceptions(a: Finding, b: Finding): number {
  return (
    (EXCEPTION_RANK[a.status] ?? 9) - (EXCEPTION_RANK[b.status] ?? 9) ||
    (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) ||
    a.resource.id.localeCompare(b.resource.id)
  );
}

/** Rules named by findings but missing from `result.rules` (an older findings.json) still get a section. */
function rulesOf(result: ScanResult): RuleSummary[] {
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

function suppressionRow(finding: Finding): SuppressionRow {
  const suppression = finding.suppression!;
  return {
    resource: resourceLabel(finding.resource),
    resourceType: finding.resource.type,
    location: locationOf(finding.resource),
    originalStatus: suppression.originalStatus,
    justification: suppression.justification,
    expires: suppression.expires ?? 'no expiry',
    source: suppression.source,
    matchedId: suppression.matchedId,
    message: finding.message,
  };
}

function controlView(rule: RuleSummary, findings: readonly Finding[], rowLimit: number): ControlView {
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

function criteriaViews(rules: readonly RuleSummary[], controls: Map<string, ControlView>): CriterionView[] {
  const byCriterion = new Map<string, ControlView[]>();
  for (const rule of rules) {
    for (const criterion of rule.criteria) {
      const list = byCriterion.get(criterion) ?? [];
      list.push(controls.get(rule.id)!);
      byCriterion.set(criterion, list);
    }
  }
  const ordered = [...byCriterion.keys()].sort(compareCriteria);
  let repeatedRows = 0;
  for (const rule of rules) {
    repeatedRows +=
      (rule.criteria.length - 1) *
      (controls.get(rule.id)!.exceptions.length + controls.get(rule.id)!.suppressions.length);
  }
  const repeat = repeatedRows <= REPEATED_EXCEPTION_BUDGET;
  const firstCriterion = new Map<string, string>();
  return ordered.map((criterion) => {
    const list = byCriterion.get(criterion)!;
    const anchor = anchorOf('criterion', criterion);
    return {
      id: criterion,
      anchor,
      name: CRITERIA_NAMES[criterion] ?? criterion,
      text: CRITERIA_TITLES[criterion] ?? '',
      counts: sumCounts(list.map((control) => control.counts)),
      controls: list.map((control) => {
        const first = firstCriterion.get(control.id) ?? criterion;
        firstCriterion.set(control.id, first);
        return {
          ...control,
          anchor: anchorOf('control', criterion, control.id),
          showDetails: repeat || first === criterion,
          detailCriterion: first,
          detailAnchor: anchorOf('control', first, control.id),
        };
      }),
    };
  });
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
  return [...groups.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

function changeGroup(heading: string, changes: readonly FindingChange[], count: number): ChangeGroup {
  return {
    heading,
    count,
    rows: changes.slice(0, CHANGE_ROW_LIMIT).map((change) => ({
      ruleId: change.ruleId,
      resource: change.resourceLabel,
      resourceType: change.resourceType,
      before: change.before ?? 'not in that run',
      after: change.after ?? 'no longer present',
      message: change.message,
    })),
    omitted: Math.max(0, count - CHANGE_ROW_LIMIT),
  };
}

function changesView(changes: ChangeSummary | undefined): ChangesView | undefined {
  if (changes === undefined) return undefined;
  return {
    baselineStartedAt: changes.baseline.startedAt,
    baselineSource: changes.baseline.source,
    counts: changes.counts,
    groups: [
      changeGroup('New failures', changes.newFailures, changes.counts.newFailures),
      changeGroup('Resolved', changes.resolved, changes.counts.resolved),
      changeGroup(
        'Evidence no longer complete (now UNKNOWN or ERROR)',
        changes.newlyIncomplete,
        changes.counts.newlyIncomplete,
      ),
      changeGroup('Other status changes', changes.otherChanges, changes.counts.otherChanges),
    ].filter((group) => group.count > 0),
  };
}

function formatParameter(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? '';
}

/** `from to to`, or one time when the recording was one instant. */
function windowOf(entry: { from: string; to: string }): string {
  return entry.from === entry.to ? entry.from : `${entry.from} to ${entry.to}`;
}

function evidenceDatesView(scan: ScanResult['scan']): EvidenceDatesView | undefined {
  const dates = scan.evidenceDates;
  if (dates === undefined) return undefined;
  const windows = new Set(dates.recorded.map((entry) => `${entry.from} ${entry.to}`));
  const byAccount = new Map<string, string[]>();
  for (const entry of dates.recorded)
    byAccount.set(entry.account, [...(byAccount.get(entry.account) ?? []), entry.region]);
  const recorded =
    windows.size === 1 && dates.recorded.length > 0
      ? [
          {
            where: [...byAccount].map(([account, regions]) => `${account}: ${regions.join(', ')}`).join('; '),
            from: dates.recorded[0]!.from,
            to: dates.recorded[0]!.to,
            window: windowOf(dates.recorded[0]!),
          },
        ]
      : dates.recorded.map((entry) => ({
          where: `${entry.account} ${entry.region}`,
          from: entry.from,
          to: entry.to,
          window: windowOf(entry),
        }));
  return {
    replay: scan.source === 'snapshot',
    evaluatedAt: scan.startedAt,
    recorded,
    olderFacts: dates.olderFacts.map((fact) => ({
      fact: fact.fact,
      action: fact.action,
      where: [fact.account, fact.region].filter((part) => part !== undefined).join(' '),
      asOf: fact.asOf,
    })),
  };
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
  const controls = new Map(
    rules.map((rule) => [
      rule.id,
      {
        ...controlView(rule, findingsByRule.get(rule.id) ?? [], rowLimit),
        ...(notEvaluated.has(rule.id) ? { notEvaluated: notEvaluated.get(rule.id) } : {}),
      },
    ]),
  );
  const totals = sumCounts([...controls.values()].map((control) => control.counts));
  const groups = unknownGroups(result.findings);
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
    controls: [...controls.values()],
    criteria: criteriaViews(rules, controls),
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
        sha256: hash.sha256 ?? 'source not found',
      })),
    },
    passingListLimit: PASSING_LIST_LIMIT,
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
