/**
 * summary.md: what failed and how to fix it, in GitHub-flavoured Markdown, for
 * a CI job summary ($GITHUB_STEP_SUMMARY), a pull-request comment or a ticket.
 * One section per failing rule with its remediation, then what could not be
 * checked and why, then suppressions. Every value from a template or an
 * account is escaped: a resource name cannot inject markup or break a table.
 */
import type { Finding, RuleSummary, ScanResult, Status } from '../engine/finding.js';
import { compareRuleIds, type Severity } from '../engine/rule.js';
import { describeResource } from './console.js';
import { findingList, type FindingSource } from './finding-source.js';
import { CauseGroups, gapsByCause, someOf, type SharedCause } from './shared-causes.js';
import { gateOf, verdictOf } from './verdict.js';

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const DEFAULT_MAX_PER_RULE = 20;

export interface MarkdownOptions {
  /** Resources listed per rule before "... and N more". */
  maxPerRule?: number;
}

/** Text safe inside a Markdown paragraph or table cell: no HTML, no emphasis, no links, one line. */
export function markdownEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
  );
}

/** The rules' own remediation text keeps its `code` spans; only HTML is neutralized. */
function ruleText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ');
}

/** One rule's findings in a section: how many, and only the rows printed. */
interface RuleGroup {
  first: Finding;
  count: number;
  rows: Finding[];
}

/** One section's findings by rule, in one pass: counts, and at most maxPerRule rows each. */
class SectionGroups {
  count = 0;
  readonly groups = new Map<string, RuleGroup>();

  constructor(private readonly maxPerRule: number) {}

  add(finding: Finding): void {
    this.count += 1;
    const group = this.groups.get(finding.ruleId);
    if (group === undefined) {
      this.groups.set(finding.ruleId, {
        first: finding,
        count: 1,
        rows: this.maxPerRule > 0 ? [finding] : [],
      });
      return;
    }
    group.count += 1;
    if (group.rows.length < this.maxPerRule) group.rows.push(finding);
  }

  /** Most severe rule first, then by rule id. */
  sorted(): RuleGroup[] {
    return [...this.groups.values()].sort(
      (a, b) =>
        SEVERITY_RANK[a.first.severity] - SEVERITY_RANK[b.first.severity] ||
        compareRuleIds(a.first.ruleId, b.first.ruleId),
    );
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const SOURCE_PLURALS: Record<ScanResult['scan']['source'], string> = {
  template: 'templates',
  live: 'live accounts',
  snapshot: 'snapshots',
};

/** Selected rules that could not run here; the required ones are also UNKNOWN findings. */
function notRun(result: ScanResult): NonNullable<ScanResult['notEvaluated']> {
  return (result.notEvaluated ?? []).filter((entry) => !entry.required);
}

/** Of those, the rules that cannot run on this source (the others lack a setting). */
function notRunOnSource(result: ScanResult): number {
  return notRun(result).filter((entry) => entry.needsSettings === undefined).length;
}

/**
 * The verdict word and counts come from the one verdict the exit code follows
 * (the gate the run recorded in `scan.parameters`, `--fail-on new` included),
 * so summary.md never says FAIL on a run that exited 0.
 */
function headline(result: ScanResult): string {
  const by = result.summary.byStatus;
  const gate = gateOf(result);
  const verdict = verdictOf(result, gate);
  const { failingAtGate, failingBelowGate, incomplete } = verdict;
  const broken = result.brokenInputs?.length ?? 0;
  const onlyNew = gate.failOn === 'new';
  const atGate =
    gate.failOn === 'info'
      ? `${failingAtGate} failing`
      : gate.failOn === 'none'
        ? `${failingBelowGate} failing, not gated (--fail-on none)`
        : onlyNew
          ? `${failingAtGate} failing new since the baseline${result.changes === undefined ? ' (no baseline: every failure counts as new)' : ''}`
          : `${failingAtGate} failing at or above ${gate.failOn}`;
  const parts = [
    atGate,
    ...(gate.failOn !== 'none' && failingBelowGate > 0
      ? [`${failingBelowGate} failing ${onlyNew ? 'since before the baseline' : 'below the gate'}`]
      : []),
    `${incomplete} could not be checked`,
    ...(result.gaps.length > 0 ? [plural(result.gaps.length, 'gap') + ' in the evidence'] : []),
    ...(broken > 0 ? [`${plural(broken, 'broken input file')} not scanned`] : []),
    `${by.SUPPRESSED} suppressed`,
    ...(notRunOnSource(result) > 0
      ? [`${plural(notRunOnSource(result), 'rule')} not evaluated on ${SOURCE_PLURALS[result.scan.source]}`]
      : []),
    ...(notRun(result).length > notRunOnSource(result)
      ? [`${plural(notRun(result).length - notRunOnSource(result), 'rule')} needing a setting`]
      : []),
    `${by.PASS} passed`,
  ];
  return `**${verdict.word}**: ${parts.join(', ')}`;
}

function fixLines(rule: RuleSummary | undefined): string[] {
  if (!rule) return [];
  const { summary, cloudformation, cdk, cli } = rule.remediation;
  return [
    `**Fix:** ${ruleText(summary)}`,
    ...(cloudformation ? [`- CloudFormation: ${ruleText(cloudformation)}`] : []),
    ...(cdk ? [`- CDK: ${ruleText(cdk)}`] : []),
    ...(cli ? [`- AWS CLI: ${ruleText(cli)}`] : []),
  ];
}

function table(group: RuleGroup, maxPerRule: number, withStatus: boolean): string[] {
  const header = withStatus ? '| Status | Resource | Result |' : '| Resource | Result |';
  const rule = withStatus ? '| --- | --- | --- |' : '| --- | --- |';
  const rows = group.rows.map((finding) => {
    let result = markdownEscape(finding.message);
    if (finding.suppression) {
      const { justification, source, expires } = finding.suppression;
      result += ` (suppressed, ${markdownEscape(source)}${expires ? `, until ${markdownEscape(expires)}` : ''}: ${markdownEscape(justification)})`;
    }
    const cells = [markdownEscape(describeResource(finding.resource)), result];
    return `| ${(withStatus ? [finding.status, ...cells] : cells).join(' | ')} |`;
  });
  const more = group.count > maxPerRule ? [`\n... and ${group.count - maxPerRule} more`] : [];
  return [header, rule, ...rows, ...more];
}

function section(
  title: string,
  findings: SectionGroups,
  rules: ReadonlyMap<string, RuleSummary>,
  options: { maxPerRule: number; withFix: boolean; withStatus: boolean },
): string[] {
  if (findings.count === 0) return [];
  const lines = ['', `### ${title} (${findings.count})`];
  for (const group of findings.sorted()) {
    const first = group.first;
    lines.push(
      '',
      `#### \`${first.ruleId}\` [${first.severity}] ${markdownEscape(first.title)}: ${group.count}`,
      '',
    );
    if (options.withFix) lines.push(...fixLines(rules.get(first.ruleId)), '');
    lines.push(...table(group, options.maxPerRule, options.withStatus));
  }
  return lines;
}

/** Population checks one unread input made UNKNOWN, counted under that cause (shared-causes.ts). */
function sharedCauseLines(shared: readonly SharedCause[], others: number): string[] {
  if (shared.length === 0) return [];
  const count = shared.reduce((sum, { count: each }) => sum + each, others);
  const lines = ['', `### Could not be checked (${count})`];
  for (const { cause, count: each, rules, types } of shared)
    lines.push(
      '',
      `- UNKNOWN: ${each} population checks of ${plural(rules.length, 'rule')}, not read: ${markdownEscape(cause)}`,
      `  - rules: ${markdownEscape(someOf(rules))}`,
      `  - resource types: ${markdownEscape(someOf(types))}`,
    );
  return lines;
}

/**
 * summary.md. It prints counts and at most maxPerRule rows per rule, so it
 * reads `findings` once (a spool reads them back from disk) and keeps only those.
 */
export function renderMarkdown(
  result: ScanResult,
  options: MarkdownOptions = {},
  findings: FindingSource = findingList(result.findings),
): string {
  const maxPerRule = options.maxPerRule ?? DEFAULT_MAX_PER_RULE;
  const rules = new Map(result.rules.map((rule) => [rule.id, rule]));
  const failing = new SectionGroups(maxPerRule);
  const incomplete = new SectionGroups(maxPerRule);
  const suppressed = new SectionGroups(maxPerRule);
  const sectionOf: Partial<Record<Status, SectionGroups>> = {
    FAIL: failing,
    UNKNOWN: incomplete,
    ERROR: incomplete,
    SUPPRESSED: suppressed,
  };
  const causes = new CauseGroups();
  for (const finding of findings.all()) if (!causes.hold(finding)) sectionOf[finding.status]?.add(finding);
  for (const finding of causes.unshared()) incomplete.add(finding);
  const shared = causes.shared();
  const { scan, tool } = result;
  const lines = [
    `## SOC 2 checks: ${scan.source} scan of ${markdownEscape(scan.scope)}`,
    '',
    headline(result),
    '',
    `${tool.name} ${tool.version}, rules ${tool.rulesVersion}; started ${scan.startedAt}.`,
    ...section('Failing', failing, rules, { maxPerRule, withFix: true, withStatus: false }),
    ...sharedCauseLines(shared, incomplete.count),
    ...section(
      shared.length > 0 ? 'Could not be checked, by rule' : 'Could not be checked',
      incomplete,
      rules,
      {
        maxPerRule,
        withFix: false,
        withStatus: true,
      },
    ),
    ...section('Suppressed', suppressed, rules, { maxPerRule, withFix: false, withStatus: false }),
  ];
  const broken = result.brokenInputs ?? [];
  if (broken.length > 0) {
    lines.push('', `### Not scanned: broken input files (${broken.length})`, '');
    for (const input of broken) {
      const place = input.line ? `:${input.line}${input.column ? `:${input.column}` : ''}` : '';
      lines.push(`- ${markdownEscape(input.file)}${place}: ${markdownEscape(input.reason)}`);
    }
  }
  const unused = result.unusedSuppressions ?? [];
  if (unused.length > 0) {
    lines.push('', `### Unused suppressions (${unused.length})`, '');
    for (const suppression of unused) {
      const on = suppression.resource ? ` on ${markdownEscape(suppression.resource)}` : '';
      const place = suppression.file
        ? ` (${markdownEscape(suppression.file)}${suppression.line ? `:${suppression.line}` : ''})`
        : '';
      lines.push(
        `- ${markdownEscape(suppression.id)}${on}, ${markdownEscape(suppression.source)}${place}: ${markdownEscape(suppression.reason)}`,
      );
    }
  }
  for (const [heading, entries] of [
    [
      `Not evaluated on ${SOURCE_PLURALS[result.scan.source]}`,
      notRun(result).filter((entry) => entry.needsSettings === undefined),
    ],
    ['Not evaluated without a setting', notRun(result).filter((entry) => entry.needsSettings !== undefined)],
  ] as const) {
    if (entries.length === 0) continue;
    lines.push('', `### ${heading} (${entries.length})`, '');
    for (const entry of entries)
      lines.push(`- \`${markdownEscape(entry.ruleId)}\`: ${markdownEscape(entry.reason)}`);
  }
  if (result.gaps.length > 0) {
    lines.push('', `### Evidence incomplete: could not be read (${result.gaps.length})`, '');
    for (const { gap, types } of gapsByCause(result.gaps)) {
      const where = [gap.account, gap.region].filter((part) => part !== undefined).join('/');
      const subject = types === undefined ? gap.resourceType : `${types.length} resource types`;
      lines.push(
        `- ${markdownEscape(subject)}${where ? ` in ${markdownEscape(where)}` : ''}${gap.action && !gap.reason.startsWith(gap.action) ? ` (${markdownEscape(gap.action)})` : ''}: ${markdownEscape(gap.reason)}`,
        ...(types === undefined ? [] : [`  - ${markdownEscape(someOf(types))}`]),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
