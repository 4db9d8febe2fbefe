/**
 * The union of the two open SOC 2 mappings (Prowler's SOC 2 framework and
 * Steampipe's soc_2 benchmark), read from docs/reference/soc2-union-checklist.md:
 * 187 numbered rows plus the gaps of section 6.9, each with the ids the two
 * tools give it. A rule covers a row when its equivalents name one of them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../src/engine/rule.js';

export const CHECKLIST_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'docs',
  'reference',
  'soc2-union-checklist.md',
);

export interface ChecklistRow {
  /** `42` for the numbered rows; `6.9-<n>` for the gaps neither mapping includes. */
  key: string;
  section: string;
  check: string;
  prowler: string[];
  steampipe: string[];
  /** Y, P or N: decidable from a template resource, by following references, or live only. */
  cfn: string;
}

/** Backticked ids of a cell; `°` marks an id in the tool's catalogue but not its SOC 2 mapping. */
function idsOf(cell: string): string[] {
  return [...cell.matchAll(/`([a-z0-9_]+)`/g)].map((match) => match[1] as string);
}

function cellsOf(line: string): string[] {
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

export function parseChecklist(text: string): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  let section = '';
  let gapNumber = 0;
  for (const line of text.split('\n')) {
    const heading = /^### (6\.\d+) (.*)$/.exec(line);
    if (heading) {
      section = `${heading[1]} ${heading[2]}`;
      continue;
    }
    if (!line.startsWith('|') || !section) continue;
    const cells = cellsOf(line);
    if (section.startsWith('6.9')) {
      // | Check | Prowler° | Steampipe° | CFN |
      if (cells.length !== 4 || cells[0] === 'Check' || cells[0]?.startsWith('---')) continue;
      gapNumber += 1;
      rows.push({
        key: `6.9-${gapNumber}`,
        section,
        check: cells[0] as string,
        prowler: idsOf(cells[1] as string),
        steampipe: idsOf(cells[2] as string),
        cfn: cells[3] as string,
      });
      continue;
    }
    // | # | Check | Prowler | Steampipe | CFN | Note |
    if (cells.length < 5 || !/^\d+$/.test(cells[0] as string)) continue;
    rows.push({
      key: cells[0] as string,
      section,
      check: cells[1] as string,
      prowler: idsOf(cells[2] as string),
      steampipe: idsOf(cells[3] as string),
      cfn: cells[4] as string,
    });
  }
  return rows;
}

export function loadChecklist(): ChecklistRow[] {
  return parseChecklist(readFileSync(CHECKLIST_PATH, 'utf8'));
}

/** The rules whose Prowler or Steampipe equivalents name one of the row's ids. */
export function rulesCovering(row: ChecklistRow, rules: readonly Rule[]): Rule[] {
  return rules.filter(
    (rule) =>
      row.prowler.some((id) => rule.equivalents?.prowler?.includes(id)) ||
      row.steampipe.some((id) => rule.equivalents?.steampipe?.includes(id)),
  );
}
