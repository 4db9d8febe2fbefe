/**
 * `soc2 rules --criteria`: the Trust Services Criteria against the catalogue.
 * Every criterion is listed, with the rules that test it and where they run;
 * one that no rule tests says it needs manual evidence, never left out.
 */
import type { RuleMeta, RuleSource } from '../engine/rule.js';
import { TSC_CATEGORIES, TSC_CRITERIA, TSC_SERIES } from '../report/criteria/tsc.js';

const ALL_SOURCES: readonly RuleSource[] = ['template', 'live'];

export const MANUAL_EVIDENCE = 'none: manual evidence needed';

/** With --source, --family, --severity or --criterion, other rules may still test the criterion. */
export const NONE_SELECTED = 'none in this selection';

export interface CriterionRules {
  id: string;
  series: string;
  name: string;
  text: string;
  /** Some rule of the selection tests it. */
  automated: boolean;
  rules: { id: string; sources: RuleSource[] }[];
}

export function criteriaRules(rules: readonly RuleMeta[]): CriterionRules[] {
  return TSC_CRITERIA.map((criterion) => {
    const testing = rules
      .filter((rule) => rule.criteria.includes(criterion.id))
      .map((rule) => ({ id: rule.id, sources: [...(rule.sources ?? ALL_SOURCES)] }));
    return {
      id: criterion.id,
      series: criterion.series,
      name: criterion.name,
      text: criterion.text,
      automated: testing.length > 0,
      rules: testing,
    };
  });
}

function summaryLine(criteria: readonly CriterionRules[], filtered: boolean): string {
  const automated = criteria.filter((criterion) => criterion.automated).length;
  return filtered
    ? `${automated} of ${criteria.length} criteria have a rule in this selection`
    : `${automated} of ${criteria.length} criteria have a rule; ${criteria.length - automated} need manual evidence only`;
}

function onSource(criterion: CriterionRules, source: RuleSource): number {
  return criterion.rules.filter((rule) => rule.sources.includes(source)).length;
}

export function renderCriteriaTable(criteria: readonly CriterionRules[], filtered = false): string {
  const none = filtered ? NONE_SELECTED : MANUAL_EVIDENCE;
  const header = ['CRITERION', 'TEMPLATE', 'LIVE', 'RULES'];
  const rows = criteria.map((criterion) => [
    criterion.id,
    String(onSource(criterion, 'template')),
    String(onSource(criterion, 'live')),
    criterion.automated ? criterion.rules.map((rule) => rule.id).join(', ') : none,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n${summaryLine(criteria, filtered)}\n`;
}

export function renderCriteriaMarkdown(criteria: readonly CriterionRules[], filtered = false): string {
  const none = filtered ? NONE_SELECTED : MANUAL_EVIDENCE;
  const lines = ['# SOC 2 criteria coverage', '', `${summaryLine(criteria, filtered)}.`];
  for (const category of TSC_CATEGORIES) {
    const series = new Set(
      TSC_SERIES.filter((entry) => entry.category === category.id).map((entry) => entry.id),
    );
    lines.push('', `## ${category.name}`, '', '| Criterion | Rules | Template | Live |', '|---|---|---|---|');
    for (const criterion of criteria.filter((entry) => series.has(entry.series))) {
      const rules = criterion.automated ? criterion.rules.map((rule) => `\`${rule.id}\``).join(', ') : none;
      lines.push(
        `| ${criterion.id} ${criterion.name} | ${rules} | ${onSource(criterion, 'template')} | ${onSource(criterion, 'live')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
