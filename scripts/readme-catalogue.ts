/**
 * The README's catalogue summary, one row per family, between the markers
 * below; `npm run docs:rules` rewrites it with docs/rules.md and
 * test/readme.test.ts fails when it is stale. The full list is docs/rules.md;
 * the README stays readable at any catalogue size.
 */
import { format, resolveConfig } from 'prettier';
import type { Rule } from '../src/engine/rule.js';
import { FAMILY_TITLES, RULE_FAMILIES } from '../src/engine/rule.js';

export const CATALOGUE_START = '<!-- catalogue:start (npm run docs:rules) -->';
export const CATALOGUE_END = '<!-- catalogue:end -->';

/** A few ids per family to show, the most severe first. */
const SHOWN = 4;
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];

export function renderCatalogueSummary(rules: readonly Rule[]): string {
  const rows = RULE_FAMILIES.map((family) => {
    const members = rules.filter((rule) => rule.family === family);
    const runsOn = (rule: Rule, source: 'live' | 'template') =>
      !rule.sources || rule.sources.includes(source);
    const both = members.filter((rule) => runsOn(rule, 'live') && runsOn(rule, 'template')).length;
    const liveOnly = members.filter((rule) => !runsOn(rule, 'template')).length;
    const templateOnly = members.filter((rule) => !runsOn(rule, 'live')).length;
    const shown = [...members]
      .sort(
        (a, b) =>
          SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.id.localeCompare(b.id),
      )
      .slice(0, SHOWN)
      .map((rule) => `\`${rule.id}\``)
      .join(', ');
    return `| ${FAMILY_TITLES[family]} (\`${family}\`) | ${members.length} | ${both} | ${liveOnly} | ${templateOnly} | ${shown} |`;
  }).filter((_row, index) => rules.some((rule) => rule.family === RULE_FAMILIES[index]));
  return [
    CATALOGUE_START,
    '',
    `${rules.length} controls. The full list, with criteria and equivalents, is [docs/rules.md](docs/rules.md); ` +
      'which checks of the open SOC 2 mappings they cover is [docs/coverage.md](docs/coverage.md).',
    '',
    '| Family | Controls | Live and templates | Live only | Templates only | For example |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    CATALOGUE_END,
  ].join('\n');
}

/** The summary as it stands in the README, formatted by the project's Prettier settings (lint checks the README). */
export async function formattedCatalogueSummary(rules: readonly Rule[], readmePath: string): Promise<string> {
  const options = (await resolveConfig(readmePath)) ?? {};
  return (await format(renderCatalogueSummary(rules), { ...options, parser: 'markdown' })).trimEnd();
}

/** The README with its catalogue section replaced; the markers must be there. */
export async function withCatalogueSummary(
  readme: string,
  rules: readonly Rule[],
  readmePath: string,
): Promise<string> {
  const start = readme.indexOf(CATALOGUE_START);
  const end = readme.indexOf(CATALOGUE_END);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${CATALOGUE_START} ... ${CATALOGUE_END} section`);
  const summary = await formattedCatalogueSummary(rules, readmePath);
  return readme.slice(0, start) + summary + readme.slice(end + CATALOGUE_END.length);
}
