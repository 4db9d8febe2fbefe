/**
 * The terminal summary of a scan: counts, what failed, what could not be
 * checked and why, what was suppressed, and a one-line verdict. Built for
 * thousands of findings: grouped by rule, long groups capped, counts never hidden.
 */
import { isAbsolute, relative } from 'node:path';
import { createColors } from 'picocolors';
import type { ChangeSummary, FindingChange } from '../engine/changes.js';
import type { Finding, FindingResource, ScanResult, SourceLocation, Status } from '../engine/finding.js';
import { STATUSES } from '../engine/finding.js';
import { compareRuleIds, type Severity } from '../engine/rule.js';
import type { Gap } from '../inventory/model.js';
import { fixLine } from './fix.js';
import { CauseGroups, gapsByCause, someOf } from './shared-causes.js';
import { gateOf, isAtGate, verdictOf, type Gate } from './verdict.js';

export interface ConsoleOptions {
  color: boolean;
  quiet: boolean;
  /** Findings listed per rule and section before "... and N more". */
  maxPerRule?: number;
  /** The gate the exit code follows; default: the one recorded in the result's parameters. */
  gate?: Gate;
}

type Colors = ReturnType<typeof createColors>;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const DEFAULT_MAX_PER_RULE = 10;
const MAX_GAPS = 50;

/** Resource names come from templates and accounts: no terminal control sequences get through. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) =>
    char === '\n' || char === '\t' ? ' ' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An app file inside the working directory is shown relative to it, as the templates are. */
function sourcePlace(source: SourceLocation): string {
  const relativePath = relative(process.cwd(), source.file);
  const shown =
    relativePath !== '' && !relativePath.startsWith('..') && !isAbsolute(relativePath)
      ? relativePath
      : source.file;
  return `${shown}:${source.line}`;
}

export function describeResource(resource: FindingResource): string {
  if (resource.logicalId !== undefined || resource.file !== undefined) {
    const declared =
      resource.stack && resource.logicalId ? `${resource.stack}/${resource.logicalId}` : undefined;
    // A resource declared inside another (an instance's EBS mapping) has the owner's logical id: its id tells
    // them apart. One the templates do not create (a group an ingress resource opens) is named as written.
    const name =
      declared === undefined || resource.id.startsWith(`${declared}/`)
        ? resource.id
        : resource.stack !== undefined && !resource.id.startsWith(`${resource.stack}/`)
          ? `${resource.id}, changed by ${declared}`
          : declared;
    const place =
      resource.file === undefined ? '' : `${resource.file}${resource.line ? `:${resource.line}` : ''}`;
    if (resource.cdkPath) {
      // CDK: the construct path is what the developer wrote; the synthesized template comes after it.
      const created = resource.source ? `, created at ${sourcePlace(resource.source)}` : '';
      return `${resource.cdkPath} (${resource.type} ${name}${place ? `, ${place}` : ''}${created})`;
    }
    return `${resource.type} ${name}${place ? ` (${place})` : ''}`;
  }
  const name =
    resource.name && resource.name !== resource.id ? `${resource.name} [${resource.id}]` : resource.id;
  const where = [resource.account, resource.region].filter((part) => part !== undefined).join('/');
  return `${resource.type} ${name}${where ? ` (${where})` : ''}`;
}

function statusColor(colors: Colors, status: Status): (text: string) => string {
  switch (status) {
    case 'FAIL':
    case 'ERROR':
      return colors.red;
    case 'UNKNOWN':
      return colors.yellow;
    case 'PASS':
      return colors.green;
    default:
      return colors.dim;
  }
}

function groupByRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[a[0]!.severity] - SEVERITY_RANK[b[0]!.severity] ||
      compareRuleIds(a[0]!.ruleId, b[0]!.ruleId),
  );
}

function findingLine(finding: Finding, colors: Colors, showStatus: boolean): string {
  const status = showStatus ? `${statusColor(colors, finding.status)(finding.status)} ` : '';
  let line = `    ${status}${terminalSafe(describeResource(finding.resource))}: ${terminalSafe(finding.message)}`;
  if (finding.suppression) {
    const { justification, source, expires } = finding.suppression;
    line += colors.dim(
      ` — suppressed (${terminalSafe(source)}${expires ? `, until ${terminalSafe(expires)}` : ''}): ${terminalSafe(justification)}`,
    );
  }
  if (finding.expiredSuppression) {
    const { expires, source } = finding.expiredSuppression;
    line += colors.yellow(` — suppression expired ${terminalSafe(expires ?? '')} (${terminalSafe(source)})`);
  }
  return line;
}

interface SectionOptions {
  maxPerRule: number;
  showStatus: boolean;
  /** Failing findings: the rule's fix under its heading. */
  fixFrom?: ScanResult;
  gate?: Gate;
}

function fixOf(result: ScanResult, group: readonly Finding[]): string | undefined {
  const rule = result.rules.find((candidate) => candidate.id === group[0]!.ruleId);
  if (rule === undefined) return undefined;
  return fixLine(rule, new Set(group.map((finding) => finding.resource.type)), result.scan.source);
}

function section(
  title: string,
  findings: readonly Finding[],
  colors: Colors,
  options: SectionOptions,
): string[] {
  if (findings.length === 0) return [];
  const { maxPerRule, showStatus, fixFrom, gate } = options;
  const lines = ['', colors.bold(`${title} (${findings.length})`)];
  for (const group of groupByRule(findings)) {
    const first = group[0]!;
    const below =
      gate !== undefined && !isAtGate(first.severity, gate.failOn) ? colors.dim(' (below the gate)') : '';
    lines.push(
      `  ${colors.bold(first.ruleId)} [${first.severity}] ${terminalSafe(first.title)}: ${group.length}${below}`,
    );
    const fix = fixFrom !== undefined ? fixOf(fixFrom, group) : undefined;
    if (fix !== undefined) lines.push(colors.cyan(`    ${terminalSafe(fix)}`));
    for (const finding of group.slice(0, maxPerRule)) lines.push(findingLine(finding, colors, showStatus));
    if (group.length > maxPerRule) lines.push(colors.dim(`    ... and ${group.length - maxPerRule} more`));
  }
  return lines;
}

/**
 * "Could not be checked": population checks one unread input made UNKNOWN are counted under that
 * cause, naming their rules and types (shared-causes.ts); the rest are listed by rule as usual.
 */
function uncheckedSection(findings: readonly Finding[], colors: Colors, options: SectionOptions): string[] {
  const causes = new CauseGroups();
  const rest = findings.filter((finding) => !causes.hold(finding));
  const shared = causes.shared();
  if (shared.length === 0) return section('Could not be checked', findings, colors, options);
  const lines = ['', colors.bold(`Could not be checked (${findings.length})`)];
  for (const { cause, count, rules, types } of shared) {
    lines.push(
      `  ${statusColor(colors, 'UNKNOWN')('UNKNOWN')} ${count} population checks of ${plural(rules.length, 'rule')}, not read: ${terminalSafe(cause)}`,
      colors.dim(`    rules: ${terminalSafe(someOf(rules))}`),
      colors.dim(`    resource types: ${terminalSafe(someOf(types))}`),
    );
  }
  return [...lines, ...section('', [...rest, ...causes.unshared()], colors, options).slice(2)];
}

/** Like ESLint's --report-unused-disable-directives: an exception that hides nothing should go. */
function unusedSuppressionLines(result: ScanResult, colors: Colors): string[] {
  const unused = result.unusedSuppressions ?? [];
  if (unused.length === 0) return [];
  return [
    '',
    colors.bold(`Unused suppressions: remove them (${unused.length})`),
    ...unused.map((entry) => {
      const place = entry.file !== undefined ? ` (${entry.file}${entry.line ? `:${entry.line}` : ''})` : '';
      const target = entry.resource !== undefined ? ` on ${entry.resource}` : '';
      return `  - ${terminalSafe(`${entry.id}${target} [${entry.source}]${place}: ${entry.reason}`)}`;
    }),
  ];
}

const SOURCE_PLURALS: Record<ScanResult['scan']['source'], string> = {
  template: 'templates',
  live: 'live accounts',
  snapshot: 'snapshots',
};

/** Selected rules that cannot run on this source, or lack a setting: listed, never silently absent. */
function notEvaluatedLines(result: ScanResult, colors: Colors): string[] {
  // Required ones already have an UNKNOWN finding under "Could not be checked".
  const listed = (result.notEvaluated ?? []).filter((entry) => !entry.required);
  const group = (heading: string, entries: typeof listed): string[] => {
    if (entries.length === 0) return [];
    const reasons = new Map<string, string[]>();
    for (const entry of entries)
      reasons.set(entry.reason, [...(reasons.get(entry.reason) ?? []), entry.ruleId]);
    return [
      '',
      colors.bold(`${heading} (${entries.length})`),
      ...[...reasons].map(([reason, ids]) => `  ${reason.replace(/^runs/, 'run')}: ${ids.join(', ')}`),
    ];
  };
  return [
    ...group(
      `Not evaluated on ${SOURCE_PLURALS[result.scan.source]}`,
      listed.filter((entry) => entry.needsSettings === undefined),
    ),
    ...group(
      'Not evaluated without a setting',
      listed.filter((entry) => entry.needsSettings !== undefined),
    ),
  ];
}

function gapLine(gap: Gap, subject: string = gap.resourceType): string {
  const where = [gap.account, gap.region].filter((part) => part !== undefined).join('/');
  // Live reasons already start with the action ("s3:ListBuckets failed in ..."): say it once.
  const action = gap.action && !gap.reason.startsWith(gap.action) ? ` ${gap.action}` : '';
  return `  - ${terminalSafe(subject)}${where ? ` in ${terminalSafe(where)}` : ''}:${terminalSafe(action)} ${terminalSafe(gap.reason)}`;
}

/** The gaps, those of one cause (a nested stack not read leaves one per resource type) on one line. */
function gapLines(gaps: readonly Gap[]): string[] {
  return gapsByCause(gaps).flatMap(({ gap, types }) =>
    types === undefined
      ? [gapLine(gap)]
      : [gapLine(gap, `${types.length} resource types`), `      ${terminalSafe(someOf(types))}`],
  );
}

/** Broken files left out of a template scan, each with its reason and place. */
export function brokenInputLines(result: ScanResult, colors: Colors = createColors(false)): string[] {
  const broken = result.brokenInputs ?? [];
  if (broken.length === 0) return [];
  return [
    '',
    colors.red(colors.bold(`Not scanned: broken input files (${broken.length})`)),
    ...broken.map((input) => {
      const place = input.line ? `:${input.line}${input.column ? `:${input.column}` : ''}` : '';
      return `  - ${terminalSafe(input.file)}${place}: ${terminalSafe(input.reason)}`;
    }),
  ];
}

function scopeLine(result: ScanResult): string {
  const scan = result.scan;
  const regions = scan.regions && scan.regions.length > 0 ? `, regions ${scan.regions.join(',')}` : '';
  return terminalSafe(
    `${result.tool.name} ${result.tool.version} (rules ${result.tool.rulesVersion}): ${scan.source} scan of ${scan.scope}${regions}`,
  );
}

/** A replay says when its facts were recorded; any scan says which facts are older than their reading. */
function datingLines(result: ScanResult, colors: Colors): string[] {
  const dates = result.scan.evidenceDates;
  if (dates === undefined) return [];
  const lines: string[] = [];
  if (result.scan.source === 'snapshot') {
    const windows = [
      ...new Set(
        dates.recorded.map((entry) =>
          entry.from === entry.to ? entry.from : `${entry.from} to ${entry.to}`,
        ),
      ),
    ];
    lines.push(`Facts recorded ${windows.join(', ')} (snapshot); evaluated at ${result.scan.startedAt}`);
  }
  // An organization has one credential report per account: one line for them all, with their range.
  const byFact = new Map<string, { accounts: Set<string | undefined>; asOf: string[] }>();
  for (const fact of dates.olderFacts) {
    const name = fact.fact.replace(/ \(.*\)$/, '');
    const group = byFact.get(name) ?? { accounts: new Set(), asOf: [] };
    group.accounts.add(fact.account);
    group.asOf.push(fact.asOf);
    byFact.set(name, group);
  }
  for (const [name, { accounts, asOf }] of byFact) {
    const sorted = [...asOf].sort();
    const text =
      accounts.size > 1
        ? `Older fact: ${name} of ${accounts.size} accounts generated ${sorted[0]} to ${sorted.at(-1)}`
        : sorted.map((at) => `Older fact: ${name} generated ${at}`);
    for (const line of [text].flat()) lines.push(colors.dim(line));
  }
  return lines.map(terminalSafe);
}

function countsLine(result: ScanResult, colors: Colors): string {
  const counts = STATUSES.map((status) => {
    const count = result.summary.byStatus[status] ?? 0;
    const text = `${count} ${status}`;
    return count > 0 ? statusColor(colors, status)(text) : colors.dim(text);
  });
  return `${plural(result.summary.total, 'finding')}: ${counts.join(', ')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * One line: failing, incomplete or clean, with the counts that decide it. The
 * word follows the gate the exit code follows, so it never contradicts it.
 */
export function verdictLine(
  result: ScanResult,
  colors: Colors = createColors(false),
  gate: Gate = gateOf(result),
): string {
  const byStatus = result.summary.byStatus;
  const verdict = verdictOf(result, gate);
  const { failingAtGate, failingBelowGate, incomplete } = verdict;
  const suppressed = byStatus.SUPPRESSED ?? 0;
  const broken = result.brokenInputs?.length ?? 0;
  const gaps = result.gaps.length;
  const unused = result.unusedSuppressions?.length ?? 0;
  const listed = (result.notEvaluated ?? []).filter((entry) => !entry.required);
  const notRun = listed.filter((entry) => entry.needsSettings === undefined).length;
  const needSettings = listed.length - notRun;
  const tail = [
    incomplete > 0
      ? `${incomplete} could not be checked (${byStatus.UNKNOWN ?? 0} UNKNOWN, ${byStatus.ERROR ?? 0} ERROR)`
      : '',
    gaps > 0
      ? `${plural(gaps, 'gap')} in the evidence${incomplete === 0 ? ' (no check depended on it)' : ''}`
      : '',
    broken > 0 ? `${plural(broken, 'broken input file')} not scanned` : '',
    suppressed > 0 ? `${suppressed} suppressed` : '',
    unused > 0 ? `${plural(unused, 'unused suppression')}` : '',
    notRun > 0 ? `${plural(notRun, 'rule')} not evaluated on ${SOURCE_PLURALS[result.scan.source]}` : '',
    needSettings > 0 ? `${plural(needSettings, 'rule')} needing a setting` : '',
    `${byStatus.PASS ?? 0} passed`,
  ].filter((part) => part !== '');
  const onlyNew = gate.failOn === 'new';
  const belowGate =
    failingBelowGate > 0
      ? `${failingBelowGate} failing ${onlyNew ? 'since before the baseline' : 'below the gate'}`
      : '';
  if (verdict.word === 'FAIL') {
    const atGate =
      gate.failOn === 'info' ? '' : onlyNew ? ' new since the baseline' : ` at or above ${gate.failOn}`;
    const head = [`${failingAtGate} failing${atGate}`, belowGate].filter((part) => part !== '').join(', ');
    return `${colors.red(colors.bold('FAIL'))}: ${head}; ${tail.join('; ')}`;
  }
  if (verdict.word === 'INCOMPLETE') {
    const head =
      failingBelowGate > 0
        ? `no ${onlyNew ? 'new failures' : `failures at or above ${gate.failOn}`} (${belowGate})`
        : 'no failures';
    return `${colors.yellow(colors.bold('INCOMPLETE'))}: ${head}, but evidence is incomplete; ${tail.join('; ')}`;
  }
  const word = colors.green(colors.bold('PASS'));
  const qualified = verdict.qualifiers.length > 0 ? `${word} (${verdict.qualifiers.join('; ')})` : word;
  // Zero checks is not evidence of anything: a --rules choice that applies to no resource here says so.
  const nothingChecked = result.summary.total === 0;
  const complete = nothingChecked
    ? `nothing to check: ${result.rules.length === 1 ? 'the rule run applies to no resource' : `none of the ${result.rules.length} rules run applies to a resource`} here`
    : incomplete === 0 && gaps === 0
      ? `evidence complete${notRun > 0 ? ` for the rules that run on ${SOURCE_PLURALS[result.scan.source]}` : ''}`
      : '';
  const head = [belowGate || 'no failures', complete].filter((part) => part !== '').join(', ');
  return `${qualified}: ${head}; ${tail.join('; ')}`;
}

function changeLine(change: FindingChange): string {
  const from = change.before ?? 'absent';
  const to = change.after ?? 'absent';
  return `  ${change.ruleId}: ${change.resourceType} ${terminalSafe(change.resourceLabel)} ${from} -> ${to}`;
}

/** "Since <baseline>": what a nightly run most needs to tell. */
function changesSection(changes: ChangeSummary, colors: Colors, maxPerGroup: number): string[] {
  const { counts } = changes;
  const lines = [
    '',
    colors.bold(`Since ${changes.baseline.startedAt}`) +
      `: ${plural(counts.newFailures, 'new failure')}, ${counts.resolved} resolved, ` +
      `${counts.newlyIncomplete} newly incomplete, ${counts.otherChanges} other change(s), ${counts.unchanged} unchanged`,
  ];
  const groups: [string, FindingChange[]][] = [
    ['new failures', changes.newFailures],
    ['resolved', changes.resolved],
    ['newly incomplete', changes.newlyIncomplete],
  ];
  for (const [label, list] of groups) {
    if (list.length === 0) continue;
    lines.push(colors.dim(` ${label}:`), ...list.slice(0, maxPerGroup).map(changeLine));
    if (list.length > maxPerGroup) lines.push(colors.dim(`  ... and ${list.length - maxPerGroup} more`));
  }
  return lines;
}

export function renderConsoleSummary(result: ScanResult, options: ConsoleOptions): string {
  const colors = createColors(options.color);
  const gate = options.gate ?? gateOf(result);
  if (options.quiet)
    return [...brokenInputLines(result, colors), verdictLine(result, colors, gate), '']
      .join('\n')
      .trimStart();
  const maxPerRule = options.maxPerRule ?? DEFAULT_MAX_PER_RULE;
  const ofStatus = (...statuses: Status[]): Finding[] =>
    result.findings.filter((finding) => statuses.includes(finding.status));
  const lines = [
    scopeLine(result),
    ...datingLines(result, colors),
    countsLine(result, colors),
    ...section('Failing', ofStatus('FAIL'), colors, { maxPerRule, showStatus: false, fixFrom: result, gate }),
    ...uncheckedSection(ofStatus('ERROR', 'UNKNOWN'), colors, { maxPerRule, showStatus: true }),
    ...section('Suppressed', ofStatus('SUPPRESSED'), colors, { maxPerRule, showStatus: false }),
    ...unusedSuppressionLines(result, colors),
    ...notEvaluatedLines(result, colors),
  ];
  if (result.gaps.length > 0) {
    lines.push('', colors.bold(`Evidence incomplete: could not be read (${result.gaps.length})`));
    const gapList = gapLines(result.gaps);
    lines.push(...gapList.slice(0, MAX_GAPS));
    if (gapList.length > MAX_GAPS)
      lines.push(colors.dim(`  ... and ${gapList.length - MAX_GAPS} more lines`));
  }
  if (result.changes) lines.push(...changesSection(result.changes, colors, maxPerRule));
  lines.push(...brokenInputLines(result, colors));
  lines.push('', verdictLine(result, colors, gate));
  return `${lines.join('\n')}\n`;
}
