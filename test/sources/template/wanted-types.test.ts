/**
 * A template scan normalizes only the types its rules apply to or read
 * (`appliesTo` + `reads`, and what those types' facts are decided from).
 * Selecting rules must never change a rule's verdicts: for every built-in rule
 * that runs on templates, its findings on an inventory normalized for it alone
 * are its findings on the whole inventory. And a rule that reads a type it did
 * not declare gets an ERROR, not a verdict on a population nobody read.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import type { Finding } from '../../../src/engine/finding.js';
import { pass, type Rule } from '../../../src/engine/rule.js';
import { runsOn, typesReadBy } from '../../../src/engine/rule-selection.js';
import { runRules } from '../../../src/engine/run.js';
import { Inventory } from '../../../src/inventory/inventory.js';
import { buildStacks } from '../../../src/sources/template/build.js';
import { discoverStacks } from '../../../src/sources/template/discover.js';
import { normalizeResources, typesToNormalize } from '../../../src/sources/template/normalize/index.js';
import { PINNED_NOW, REPO_ROOT } from '../../examples/scan-example.js';

const INPUTS = [
  'examples/cloudformation/payments-api.yaml',
  'examples/cloudformation/edge-and-audit.json',
  'examples/cloudformation/platform-large.yaml',
  'examples/custom-rules/template.yaml',
  'examples/cdk-app/cdk.out',
  'test/fixtures/templates/network-db.yaml',
  'test/fixtures/templates/three-failures.yaml',
];

const templateRules = allRules.filter((rule) => runsOn(rule, 'template'));

const verdicts = (findings: readonly Finding[]) =>
  findings.map((finding) => `${finding.resource.id} ${finding.status} ${finding.message}`).sort();

describe.each(INPUTS)('%s', (input) => {
  it("gives every rule the same findings when only that rule's types are normalized", async () => {
    const discovery = await discoverStacks([input], REPO_ROOT);
    const built = await buildStacks(discovery.stacks, {}, (path) => path);
    const whole = new Inventory(normalizeResources(built.resources), built.gaps);
    let compared = 0;
    // Each rule alone both times: which other rules run changes root causes by design (withRootCause), not this.
    for (const rule of templateRules) {
      const held = typesToNormalize(typesReadBy([rule]));
      const alone = new Inventory(normalizeResources(built.resources, held), built.gaps, undefined, held);
      const expected = verdicts(runRules(whole, [rule], { now: PINNED_NOW }));
      expect(verdicts(runRules(alone, [rule], { now: PINNED_NOW })), rule.id).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

it('normalizes fewer resources for fewer rules, and a database default still sees the internet gateways', async () => {
  const discovery = await discoverStacks(['examples/cloudformation/payments-api.yaml'], REPO_ROOT);
  const built = await buildStacks(discovery.stacks, {}, (path) => path);
  const rule = (id: string) => allRules.find((candidate) => candidate.id === id)!;
  const keysOnly = typesToNormalize(typesReadBy([rule('kms-key-rotation')]));
  const keys = normalizeResources(built.resources, keysOnly);
  const all = normalizeResources(built.resources);
  const ofType = (resources: typeof all, type: string) =>
    resources.filter((resource) => resource.type === type);
  expect(ofType(keys, 'kms-key')).toEqual(ofType(all, 'kms-key'));
  expect(ofType(all, 's3-bucket').length).toBeGreaterThan(0);
  expect(ofType(keys, 's3-bucket')).toEqual([]);
  expect(keys.length).toBeLessThan(all.length);
  // db-not-publicly-accessible reads no gateway itself; RDS's default for an unset PubliclyAccessible does.
  const forDatabases = typesToNormalize(typesReadBy([rule('db-not-publicly-accessible')]));
  expect([...forDatabases]).toEqual(
    expect.arrayContaining(['rds-db-subnet-group', 'ec2-subnet', 'ec2-internet-gateway']),
  );
});

it('gives a rule that reads an undeclared type an ERROR, not a verdict', async () => {
  const discovery = await discoverStacks(['examples/cloudformation/payments-api.yaml'], REPO_ROOT);
  const built = await buildStacks(discovery.stacks, {}, (path) => path);
  const keyRule = allRules.find((rule) => rule.id === 'kms-key-rotation')!;
  expect(keyRule.appliesTo).toEqual(['kms-key']);
  const sneaky: Rule = {
    ...keyRule,
    id: 'reads-buckets-undeclared',
    reads: [],
    evaluate: (_key, inventory) => pass(`${inventory.ofType('s3-bucket').length} buckets`),
  };
  const held = typesToNormalize(typesReadBy([sneaky]));
  const inventory = new Inventory(normalizeResources(built.resources, held), built.gaps, undefined, held);
  const findings = runRules(inventory, [sneaky], { now: PINNED_NOW });
  expect(findings.length).toBeGreaterThan(0);
  expect(new Set(findings.map((finding) => finding.status))).toEqual(new Set(['ERROR']));
  expect(findings[0]!.message).toContain('s3-bucket was not read for this scan');
});
