import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { Equivalents, Rule } from '../../src/engine/rule.js';

const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');
/** `<family>/<rule-id>.ts`: one folder per family; `lib/` holds shared helpers. */
const ruleFiles = readdirSync(RULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'lib')
  .flatMap((folder) =>
    readdirSync(join(RULES_DIR, folder.name))
      .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
      .map((file) => `${folder.name}/${file}`),
  );

describe('the rule registry', () => {
  it('registers every rule file, under the id its file is named after, in the folder of its family', async () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
    for (const file of ruleFiles) {
      const module = (await import(pathToFileURL(join(RULES_DIR, file)).href)) as { default: Rule };
      expect(allRules, `${file} is not in its family's index.ts`).toContain(module.default);
      const [family, name] = file.split('/');
      expect(module.default.id).toBe(name?.replace(/\.ts$/, ''));
      expect(module.default.family, file).toBe(family);
    }
    expect(allRules).toHaveLength(ruleFiles.length);
  });

  it('has unique kebab-case ids', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(allRules.map((rule) => [rule.id, rule] as const))('%s has complete metadata', (_id, rule) => {
    expect(rule.title.trim()).not.toBe('');
    expect(rule.rationale.trim().length).toBeGreaterThan(40);
    expect(rule.remediation.summary.trim()).not.toBe('');
    expect(
      [rule.remediation.cloudformation, rule.remediation.cdk, rule.remediation.cli].some(
        (how) => how !== undefined && how.trim() !== '',
      ),
    ).toBe(true);
    expect(rule.criteria.length).toBeGreaterThan(0);
    for (const criterion of rule.criteria) expect(criterion).toMatch(/^(CC|A|C|PI|P)\d/);
    expect(rule.appliesTo.length).toBeGreaterThan(0);
    expect(['critical', 'high', 'medium', 'low', 'info']).toContain(rule.severity);
  });

  it('maps each other scanner id to at most one rule, so a foreign suppression has one meaning', () => {
    const owners = new Map<string, string[]>();
    for (const rule of allRules) {
      for (const [tool, ids] of Object.entries(rule.equivalents ?? {}) as [keyof Equivalents, string[]][]) {
        for (const id of ids) {
          const key = `${tool}:${id}`;
          owners.set(key, [...(owners.get(key) ?? []), rule.id]);
        }
      }
    }
    const shared = [...owners].filter(([, rules]) => rules.length > 1);
    expect(shared).toEqual([]);
    expect(owners.size).toBeGreaterThan(0);
  });

  it('marks the controls an account must have: a trail once, a Config recorder in every region', () => {
    const required = allRules.filter((rule) => rule.requiredInAccount).map((rule) => rule.id);
    expect(required).toEqual(expect.arrayContaining(['cloudtrail-multi-region']));
    const regional = allRules.filter((rule) => rule.requiredInEveryRegion).map((rule) => rule.id);
    expect(regional).toEqual(expect.arrayContaining(['config-recorder-enabled']));
  });
});
