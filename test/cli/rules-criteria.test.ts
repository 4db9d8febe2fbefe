/** `soc2 rules --criteria`: every SOC 2 criterion against the catalogue, and which need manual evidence. */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { SOC2_CRITERIA } from '../../src/engine/rule.js';
import { runCli } from './capture.js';

interface ListedCriterion {
  id: string;
  name: string;
  automated: boolean;
  rules: { id: string; sources: string[] }[];
}

async function listed(...args: string[]): Promise<{ filtered: boolean; criteria: ListedCriterion[] }> {
  const run = await runCli(['rules', '--criteria', '--format', 'json', ...args], process.cwd());
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { filtered: boolean; criteria: ListedCriterion[] };
}

describe('soc2 rules --criteria', () => {
  it('lists every criterion once with every rule that names it, and where each runs', async () => {
    const { criteria, filtered } = await listed();
    expect(filtered).toBe(false);
    expect(criteria.map((criterion) => criterion.id)).toEqual([...SOC2_CRITERIA]);
    for (const rule of allRules) {
      for (const id of rule.criteria) {
        const criterion = criteria.find((entry) => entry.id === id)!;
        expect(
          criterion.rules.map((entry) => entry.id),
          `${rule.id} under ${id}`,
        ).toContain(rule.id);
        expect(criterion.automated).toBe(true);
      }
    }
    const rootMfa = criteria
      .find((criterion) => criterion.id === 'CC6.2')!
      .rules.find((rule) => rule.id === 'root-mfa-enabled');
    expect(rootMfa?.sources).toEqual(['live']);
    const named = new Set(allRules.flatMap((rule) => rule.criteria as string[]));
    for (const criterion of criteria) expect(criterion.automated, criterion.id).toBe(named.has(criterion.id));
  });

  it('says a criterion no rule tests needs manual evidence, in the table and in Markdown', async () => {
    const table = await runCli(['rules', '--criteria'], process.cwd());
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^CC1\.1\s+0\s+0\s+none: manual evidence needed$/m);
    expect(table.stdout).toMatch(/^CC6\.2\s+\d+\s+[1-9]\d*\s+.*root-mfa-enabled/m);
    expect(table.stdout).toMatch(/^\d+ of 61 criteria have a rule; \d+ need manual evidence only$/m);
    const markdown = await runCli(['rules', '--criteria', '--format', 'markdown'], process.cwd());
    expect(markdown.stdout).toContain(
      '| CC1.1 Integrity and ethical values | none: manual evidence needed | 0 | 0 |',
    );
    expect(markdown.stdout).toContain('## Privacy');
  });

  it('with a filter, a criterion left without rules is "none in this selection", not "manual evidence"', async () => {
    const { criteria, filtered } = await listed('--source', 'template');
    expect(filtered).toBe(true);
    const cc62 = criteria.find((criterion) => criterion.id === 'CC6.2')!;
    expect(cc62.rules.map((rule) => rule.id)).not.toContain('root-mfa-enabled');
    const table = await runCli(['rules', '--criteria', '--source', 'template'], process.cwd());
    expect(table.stdout).toMatch(/^CC1\.1\s+0\s+0\s+none in this selection$/m);
    expect(table.stdout).not.toContain('manual evidence');
  });
});
