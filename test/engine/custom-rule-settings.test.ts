/**
 * A team's ES module rules declare settings as the bundled rules do: checked
 * by the same declaration check, their defaults read into their texts, and a
 * scan's values read into the texts as written, even when the module's
 * `defineRule` is the package's copy and not the CLI's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { loadCustomRules } from '../../src/engine/custom-rules.js';
import { defineRule, pass, settingsDeclarationProblem } from '../../src/engine/rule.js';
import { configureRule, settingsInForce } from '../../src/engine/rule-settings.js';

const META = `id: 'team-retention', severity: 'low', criteria: ['CC7.2'], family: 'logging',
  appliesTo: ['log-group'], rationale: 'Team policy: {minDays} days.',
  remediation: { summary: 'Keep events {minDays} days or more.', cli: 'aws logs put-retention-policy --retention-in-days {minDays}' },
  settings: { minDays: { kind: 'days', describe: 'Fewest days', default: 30, min: 1, max: 3653 } },
  evaluate: () => ({ status: 'PASS', message: 'ok' }),`;

async function loadModule(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'soc2-custom-settings-'));
  writeFileSync(join(dir, 'rule.mjs'), text);
  const [rule] = await loadCustomRules([dir], allRules, dir);
  return rule!;
}

const GLOBAL_DEFINE = '__soc2OtherDefineRule';
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[GLOBAL_DEFINE];
});

describe('a custom module rule with settings', () => {
  it('reads its defaults into its texts, and a scan reads its own values into them', async () => {
    const rule = await loadModule(`export default { title: 'Kept {minDays} days', ${META} };\n`);
    expect(rule.title).toBe('Kept 30 days');
    expect(rule.remediation.cli).toBe('aws logs put-retention-policy --retention-in-days 30');
    expect(settingsInForce(rule)).toEqual({ minDays: 30 });
    const configured = configureRule(rule, { minDays: 180 });
    expect(configured.settingValues).toEqual({ minDays: 180 });
    expect([configured.title, configured.rationale, configured.remediation.summary]).toEqual([
      'Kept 180 days',
      'Team policy: 180 days.',
      'Keep events 180 days or more.',
    ]);
    expect(configured).toMatchObject({
      custom: 'rule.mjs',
      sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it("defined with the package's own copy of defineRule, still reads a scan's values into its texts", async () => {
    // The package a team's module imports is another copy of rule.ts than the CLI's engine.
    const specifier = new URL('../../src/engine/rule.ts?team-package', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../../src/engine/rule.js');
    expect(copy.defineRule).not.toBe(defineRule);
    (globalThis as Record<string, unknown>)[GLOBAL_DEFINE] = copy.defineRule;
    const rule = await loadModule(
      `export default globalThis.${GLOBAL_DEFINE}({ title: 'Kept {minDays} days', ${META} });\n`,
    );
    expect(rule.title).toBe('Kept 30 days');
    expect(configureRule(rule, { minDays: 400 }).title).toBe('Kept 400 days');
  });
});

describe('the settings declaration check, shared with the bundled rules', () => {
  it('passes every bundled declaration', () => {
    const declared = allRules.filter((rule) => rule.settings !== undefined);
    expect(declared.length).toBeGreaterThan(0);
    for (const rule of declared) expect(settingsDeclarationProblem(rule.settings), rule.id).toBeUndefined();
  });

  it('makes defineRule refuse a default outside its range', () => {
    expect(() =>
      defineRule({
        id: 'bad-default',
        title: 'At most {maxDays} days',
        severity: 'low',
        criteria: ['CC6.1'],
        family: 'identity',
        appliesTo: ['kms-key'],
        rationale: 'r',
        remediation: { summary: 's' },
        settings: { maxDays: { kind: 'days', describe: 'd', default: 400, min: 1, max: 365 } },
        evaluate: () => pass('ok'),
      }),
    ).toThrow('rule bad-default: settings.maxDays.default 400 is outside its range 1 to 365');
  });
});
