/**
 * Table-driven rule tests in the spirit of ESLint's RuleTester: each case is a
 * small template (or a directly built inventory) run through one rule, and the
 * case's table says which status it must yield.
 *
 *   ruleCases('db-not-publicly-accessible', {
 *     pass: [{ name: 'private instance', template: `Resources: ...` }],
 *     fail: [{ name: 'public instance', template: `...`, message: /PubliclyAccessible/ }],
 *     unknown: [{ name: 'from a parameter without default', template: `...` }],
 *   });
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { Finding, Status } from '../../src/engine/finding.js';
import type { Rule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { configureRule, type SettingValue } from '../../src/engine/rule-settings.js';
import type { Inventory } from '../../src/inventory/inventory.js';

interface CaseBase {
  name: string;
  /** A fragment (or pattern) every matching finding's message must contain. */
  message?: string | RegExp;
  /** The whole message every matching finding must give, exactly (auditors read it in the evidence pack). */
  says?: string;
  /** The evidence every matching finding must record, exactly. */
  evidence?: Finding['evidence'];
  /** Only findings for this logical id (templates) or inventory id; default: all findings of the rule. */
  resource?: string;
  /** The rule's settings, as a settings file gives them; default: the rule's defaults. */
  settings?: Record<string, SettingValue>;
}

export interface TemplateCase extends CaseBase {
  template: string;
  parameters?: Record<string, string>;
}

export interface InventoryCase extends CaseBase {
  inventory: () => Inventory;
}

export interface CaseTable<C> {
  pass?: C[];
  fail?: C[];
  unknown?: C[];
  notApplicable?: C[];
}

const EXPECTED: [keyof CaseTable<unknown>, Status][] = [
  ['pass', 'PASS'],
  ['fail', 'FAIL'],
  ['unknown', 'UNKNOWN'],
  ['notApplicable', 'NOT_APPLICABLE'],
];

export function ruleById(ruleId: string): Rule {
  const rule = allRules.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule "${ruleId}" is registered in rules/index.ts`);
  return rule;
}

/** Runs one rule; `now` pinned so suppression expiry never depends on the clock. */
export function findingsOf(
  ruleId: string,
  inventory: Inventory,
  settings?: Record<string, SettingValue>,
): Finding[] {
  return runRules(inventory, [configureRule(ruleById(ruleId), settings)], {
    now: new Date('2026-11-02T00:00:00Z'),
  });
}

function selected(findings: Finding[], resource: string | undefined): Finding[] {
  if (resource === undefined) return findings;
  return findings.filter(
    (finding) => finding.resource.logicalId === resource || finding.resource.id === resource,
  );
}

export function expectStatus(findings: Finding[], expected: Status, testCase: CaseBase): void {
  const relevant = selected(findings, testCase.resource);
  const summary = relevant.map((finding) => `${finding.resource.id}: ${finding.status} (${finding.message})`);
  expect(
    relevant.length,
    `no finding${testCase.resource ? ` for ${testCase.resource}` : ''}`,
  ).toBeGreaterThan(0);
  for (const finding of relevant) {
    expect(finding.status, summary.join('\n')).toBe(expected);
    if (testCase.message !== undefined) {
      if (typeof testCase.message === 'string') expect(finding.message).toContain(testCase.message);
      else expect(finding.message).toMatch(testCase.message);
    }
    if (testCase.says !== undefined) expect(finding.message).toBe(testCase.says);
    if (testCase.evidence !== undefined) expect(finding.evidence).toEqual(testCase.evidence);
  }
}

function defineCases<C extends CaseBase>(
  ruleId: string,
  table: CaseTable<C>,
  inventoryOf: (testCase: C) => Inventory | Promise<Inventory>,
): void {
  describe(ruleId, () => {
    for (const [key, status] of EXPECTED) {
      for (const testCase of table[key] ?? []) {
        it(`${status}: ${testCase.name}`, async () => {
          expectStatus(findingsOf(ruleId, await inventoryOf(testCase), testCase.settings), status, testCase);
        });
      }
    }
  });
}

/** Cases written as CloudFormation templates, run through the real template source. */
export function ruleCases(ruleId: string, table: CaseTable<TemplateCase>): void {
  defineCases(ruleId, table, async (testCase) => {
    // Loaded lazily so inventory-only tests do not depend on the template source.
    const { inventoryFromTemplate } = await import('./template.js');
    return inventoryFromTemplate(testCase.template, { parameters: testCase.parameters });
  });
}

/** Cases over inventories built directly (live-only rules, relations templates cannot express). */
export function inventoryCases(ruleId: string, table: CaseTable<InventoryCase>): void {
  defineCases(ruleId, table, (testCase) => testCase.inventory());
}
