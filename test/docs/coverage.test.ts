import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { COVERAGE_NOTES, UNCOVERED_REASONS } from '../../scripts/coverage-gaps.js';
import { COVERAGE_PATH, renderCoverage } from '../../scripts/docs-coverage.js';
import { loadChecklist, parseChecklist, rulesCovering } from '../../scripts/union-checklist.js';

const rows = loadChecklist();

describe('coverage of the union of the open SOC 2 mappings', () => {
  it('reads all 187 numbered rows and the gaps of section 6.9, each with at least one id', () => {
    const numbered = rows.filter((row) => !row.key.startsWith('6.9'));
    expect(numbered.map((row) => row.key)).toEqual(Array.from({ length: 187 }, (_, i) => String(i + 1)));
    expect(rows.filter((row) => row.key.startsWith('6.9')).length).toBeGreaterThanOrEqual(18);
    for (const row of rows) expect(row.prowler.length + row.steampipe.length, row.key).toBeGreaterThan(0);
  });

  it('counts a row covered only by an id the rule names exactly, degree sign stripped', () => {
    const [row] = parseChecklist(
      '### 6.1 Encryption at rest\n| # | Check | Prowler | Steampipe | CFN | Note |\n|---|---|---|---|---|---|\n' +
        '| 1 | S3 | `s3_bucket_default_encryption` | `s3_x`° | Y | |\n',
    );
    expect(row?.steampipe).toEqual(['s3_x']);
    const rule = allRules[0] as (typeof allRules)[number];
    expect(rulesCovering(row!, [{ ...rule, equivalents: { steampipe: ['s3_x'] } }])).toHaveLength(1);
    expect(rulesCovering(row!, [{ ...rule, equivalents: { steampipe: ['s3_x_enabled'] } }])).toHaveLength(0);
  });

  it('gives a reason for every row no rule covers, and none for a covered row', () => {
    const uncovered = rows.filter((row) => rulesCovering(row, allRules).length === 0).map((row) => row.key);
    expect(uncovered.filter((key) => !UNCOVERED_REASONS[key])).toEqual([]);
    const stale = Object.keys(UNCOVERED_REASONS).filter((key) => !uncovered.includes(key));
    expect(stale, 'these rows are covered now: drop their reasons from scripts/coverage-gaps.ts').toEqual([]);
  });

  it('notes what a covered row leaves out only on rows a rule covers', () => {
    const uncovered = rows.filter((row) => rulesCovering(row, allRules).length === 0).map((row) => row.key);
    expect(Object.keys(COVERAGE_NOTES).filter((key) => uncovered.includes(key))).toEqual([]);
    expect(renderCoverage(rows, allRules)).toContain(`(in part: ${COVERAGE_NOTES['187']})`);
  });

  it('docs/coverage.md is current: regenerate it with `npm run docs:coverage`', () => {
    expect(readFileSync(COVERAGE_PATH, 'utf8'), 'docs/coverage.md is stale').toBe(
      renderCoverage(rows, allRules),
    );
  });
});
