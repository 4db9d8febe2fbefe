/** `soc2 rules`: the catalogue from the rules' metadata, and docs/rules.md kept current. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { RULE_FAMILIES } from '../../src/engine/rule.js';
import { oneErrorLine, runCli } from './capture.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ListedRule {
  id: string;
  family: string;
  severity: string;
  criteria: string[];
  sources: string[];
  appliesTo: string[];
  rationale: string;
  remediation: { summary: string };
  equivalents?: Record<string, string[]>;
  evaluate?: unknown;
}

async function listed(...args: string[]): Promise<ListedRule[]> {
  const run = await runCli(['rules', '--format', 'json', ...args], ROOT);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { rules: ListedRule[] }).rules;
}

describe('soc2 rules', () => {
  it('docs/rules.md is current: regenerate it with `npm run docs:rules`', async () => {
    const run = await runCli(['rules', '--format', 'markdown'], ROOT);
    expect(run.code).toBe(0);
    const committed = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(committed, 'docs/rules.md is stale: run `npm run docs:rules`').toBe(run.stdout);
    for (const rule of allRules) expect(committed).toContain(`| \`${rule.id}\` |`);
  });

  it('--format json carries every metadata field, equivalents included, and no code', async () => {
    const rules = await listed();
    expect(rules.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.id));
    for (const rule of rules) {
      const source = allRules.find((candidate) => candidate.id === rule.id)!;
      expect(RULE_FAMILIES).toContain(rule.family);
      expect(rule.criteria.length).toBeGreaterThan(0);
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.remediation.summary).toBe(source.remediation.summary);
      expect(rule.equivalents).toEqual(source.equivalents);
      expect(rule.appliesTo).toEqual([...source.appliesTo]);
      expect(rule.evaluate).toBeUndefined();
    }
    const storage = rules.find((rule) => rule.id === 'storage-encrypted')!;
    expect(storage.equivalents?.prowler).toContain('s3_bucket_default_encryption');
  });

  it('prints a table with one row per rule', async () => {
    const run = await runCli(['rules'], ROOT);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+SEVERITY\s+FAMILY\s+SOURCES\s+CRITERIA\s+TITLE$/);
    expect(lines).toHaveLength(allRules.length + 2);
    expect(lines.at(-1)).toBe(`${allRules.length} rule(s)`);
    expect(run.stdout).toMatch(/^root-mfa-enabled\s+critical\s+identity\s+live\s+CC6\.1,CC6\.2\s+/m);
  });

  it('filters by criterion, family, source and minimum severity', async () => {
    const cc71 = await listed('--criterion', 'cc7.1');
    expect(cc71.length).toBeGreaterThan(0);
    expect(cc71.every((rule) => rule.criteria.includes('CC7.1'))).toBe(true);
    expect(cc71.length).toBe(allRules.filter((rule) => rule.criteria.includes('CC7.1')).length);

    const identity = await listed('--family', 'identity');
    expect(identity.map((rule) => rule.id)).toContain('root-mfa-enabled');
    expect(identity.every((rule) => rule.family === 'identity')).toBe(true);

    const templates = await listed('--source', 'template');
    expect(templates.map((rule) => rule.id)).not.toContain('root-mfa-enabled');
    expect(templates.every((rule) => rule.sources.includes('template'))).toBe(true);

    const high = await listed('--severity', 'high');
    expect(new Set(high.map((rule) => rule.severity))).toEqual(new Set(['critical', 'high']));

    // Identity rules that read templates (IAM policies, database IAM authentication) exist; live-only ones stay out.
    const identityTemplates = await listed('--family', 'identity', '--source', 'template');
    expect(identityTemplates.map((rule) => rule.id)).not.toContain('root-mfa-enabled');
    expect(
      identityTemplates.every((rule) => rule.family === 'identity' && rule.sources.includes('template')),
    ).toBe(true);
  });

  it.each([
    [['--family', 'identty'], 'unknown --family "identty"; did you mean "identity"?'],
    [['--criterion', 'CC6.9'], 'unknown --criterion "CC6.9"'],
    [['--format', 'jsn'], 'unknown --format "jsn"; did you mean "json"?'],
    [['--severity', 'hgh'], 'unknown --severity "hgh"; did you mean "high"?'],
  ])('%j is one line and exit 2', async (args, expected) => {
    const run = await runCli(['rules', ...args], ROOT);
    expect(run.code).toBe(2);
    expect(oneErrorLine(run)).toContain(expected);
  });
});
