/**
 * `soc2 rules`: the catalogue from the rules' own metadata, as a terminal
 * table, JSON (every metadata field) or Markdown (docs/rules.md is this
 * output, checked by a test so the two never disagree).
 */
import { allRules, RULES_VERSION } from '../../rules/index.js';
import {
  FAMILY_TITLES,
  RULE_FAMILIES,
  SEVERITIES,
  SOC2_CRITERIA,
  type Rule,
  type RuleMeta,
  type RuleSource,
  type Severity,
} from '../engine/rule.js';
import { InputError } from '../errors.js';
import { suggestion } from './did-you-mean.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

export const RULES_FORMATS = ['table', 'json', 'markdown'] as const;
export type RulesFormat = (typeof RULES_FORMATS)[number];

export interface RulesOptions {
  format: RulesFormat;
  criteria: string[];
  families: string[];
  source?: RuleSource;
  minSeverity?: Severity;
  rulesDirs: string[];
  /** Print the criteria and the rules that test each (`--criteria`) instead of the rules. */
  byCriterion?: boolean;
}

const ALL_SOURCES: readonly RuleSource[] = ['template', 'live'];

const EQUIVALENT_LABELS: Record<string, string> = {
  prowler: 'Prowler',
  steampipe: 'Steampipe',
  fsbp: 'AWS FSBP',
  checkov: 'Checkov',
  cfnNag: 'cfn_nag',
  guard: 'cfn-guard',
  cdkNag: 'cdk-nag',
};

function sourcesOf(rule: RuleMeta): readonly RuleSource[] {
  return rule.sources ?? ALL_SOURCES;
}

function checkedChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const match = choices.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (match === undefined)
    throw new InputError(
      `unknown ${flag} "${value}"${suggestion(value, choices)} (choose from ${choices.join(', ')})`,
    );
  return match;
}

export function filterRules(rules: readonly Rule[], options: RulesOptions): Rule[] {
  const criteria = options.criteria.map((value) => checkedChoice('--criterion', value, SOC2_CRITERIA));
  const families = options.families.map((value) => checkedChoice('--family', value, RULE_FAMILIES));
  const minimum = options.minSeverity === undefined ? undefined : SEVERITIES.indexOf(options.minSeverity);
  return rules.filter(
    (rule) =>
      (criteria.length === 0 || rule.criteria.some((criterion) => criteria.includes(criterion))) &&
      (families.length === 0 || families.includes(rule.family)) &&
      (options.source === undefined || sourcesOf(rule).includes(options.source)) &&
      (minimum === undefined || SEVERITIES.indexOf(rule.severity) <= minimum),
  );
}

/** Every metadata field (all but `evaluate`), sources spelled out. */
export function ruleMetadata(rule: Rule): Record<string, unknown> {
  const { evaluate: _evaluate, ...meta } = rule;
  return { ...meta, sources: [...sourcesOf(rule)] };
}

function sourceWords(rule: RuleMeta): string {
  return sourcesOf(rule)
    .map((source) => (source === 'live' ? 'live' : 'template'))
    .join(', ');
}

function renderTable(rules: readonly Rule[]): string {
  const header = ['ID', 'SEVERITY', 'FAMILY', 'SOURCES', 'CRITERIA', 'TITLE'];
  const rows = rules.map((rule) => [
    rule.id,
    rule.severity,
    rule.family,
    sourceWords(rule),
    rule.criteria.join(','),
    rule.title,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n${rules.length} rule(s)\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function equivalentsCell(rule: RuleMeta): string {
  const equivalents: Record<string, string[] | undefined> = { ...rule.equivalents };
  const parts = Object.keys(EQUIVALENT_LABELS)
    .map((tool): [string, string[] | undefined] => [tool, equivalents[tool]])
    .filter(([, ids]) => ids !== undefined && ids.length > 0)
    .map(
      ([tool, ids]) =>
        `${EQUIVALENT_LABELS[tool] ?? tool}: ${ids!.map((id: string) => `\`${id}\``).join(', ')}`,
    );
  return parts.length > 0 ? parts.join('<br>') : '—';
}

/** docs/rules.md: one table per family, in the catalogue's order. */
export function renderRulesMarkdown(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    "<!-- Generated from the rules' metadata by `npm run docs:rules` (soc2 rules --format markdown). Do not edit by hand. -->",
    '',
    `Rule set ${RULES_VERSION}: ${rules.length} rules. \`soc2 explain RULE\` prints one rule's rationale and remediation; ` +
      '`soc2 rules --format json` gives every metadata field.',
    '',
    'Sources: `template` rules run on CloudFormation/CDK templates, `live` rules on live accounts and snapshots. ' +
      'A selected rule that cannot run on the scanned source is listed as not evaluated, never as passing.',
  ];
  for (const family of RULE_FAMILIES) {
    const members = rules.filter((rule) => rule.family === family);
    if (members.length === 0) continue;
    lines.push(
      '',
      `## ${FAMILY_TITLES[family]} (\`${family}\`)`,
      '',
      '| Rule | Title | Severity | SOC 2 | Sources | Equivalents |',
      '|---|---|---|---|---|---|',
    );
    for (const rule of members) {
      lines.push(
        `| \`${rule.id}\` | ${markdownCell(rule.title)} | ${rule.severity} | ${rule.criteria.join(', ')} | ${sourceWords(rule)} | ${markdownCell(equivalentsCell(rule))} |`,
      );
    }
  }
  const configurable = rules.filter((rule) => rule.settings !== undefined);
  if (configurable.length > 0) {
    lines.push(
      '',
      '## Settings',
      '',
      'Values a team sets in a settings file (`soc2 scan --settings FILE`, see `examples/settings.yaml`). ' +
        'A setting without a default must be given, or its rule is listed as not evaluated.',
      '',
      '| Rule | Setting | Value | Default | What it sets |',
      '|---|---|---|---|---|',
    );
    for (const rule of configurable) {
      for (const [name, setting] of Object.entries(rule.settings ?? {})) {
        const [value, fallback] =
          setting.kind === 'days'
            ? [`days, ${setting.min} to ${setting.max}`, String(setting.default)]
            : ['list of VPC ids or template VPC logical ids', 'none: must be given'];
        lines.push(
          `| \`${rule.id}\` | \`${name}\` | ${value} | ${fallback} | ${markdownCell(setting.describe)} |`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function rulesCommand(options: RulesOptions, io: Io): Promise<number> {
  const catalogue: Rule[] =
    options.rulesDirs.length > 0
      ? [
          ...allRules,
          ...(await (
            await import('../engine/custom-rules.js')
          ).loadCustomRules(options.rulesDirs, allRules, io.cwd)),
        ]
      : [...allRules];
  const rules = filterRules(catalogue, options);
  if (options.byCriterion === true) {
    const { criteriaRules, renderCriteriaMarkdown, renderCriteriaTable } =
      await import('./rules-criteria.js');
    const criteria = criteriaRules(rules);
    const filtered =
      options.criteria.length + options.families.length > 0 ||
      options.source !== undefined ||
      options.minSeverity !== undefined;
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify({ rulesVersion: RULES_VERSION, filtered, criteria }, null, 2)}\n`);
    } else if (options.format === 'markdown') {
      io.stdout.write(renderCriteriaMarkdown(criteria, filtered));
    } else {
      io.stdout.write(renderCriteriaTable(criteria, filtered));
    }
    return EXIT.ok;
  }
  if (options.format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ rulesVersion: RULES_VERSION, rules: rules.map(ruleMetadata) }, null, 2)}\n`,
    );
  } else if (options.format === 'markdown') {
    io.stdout.write(renderRulesMarkdown(rules));
  } else {
    io.stdout.write(renderTable(rules));
  }
  return EXIT.ok;
}
