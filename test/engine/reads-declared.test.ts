/**
 * `reads` is honest: every type a built-in rule's verdict rested on (recorded
 * by the inventory view the engine hands it) is one it applies to or declares
 * in `reads`. Checked over the example templates and a live scan whose related
 * populations were denied, so lookups miss.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { Rule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import type { ResourceType } from '../../src/inventory/model.js';
import { loadTemplateSource } from '../../src/sources/template/index.js';
import { sampleAccount } from '../support/aws-server/index.js';
import { scanFake } from '../sources/live/helpers.js';
import { PINNED_NOW, REPO_ROOT } from '../examples/scan-example.js';

function readsOf(inventories: readonly Inventory[]): {
  touchedBy: Map<string, Set<ResourceType>>;
  undeclared: string[];
} {
  const touchedBy = new Map<string, Set<ResourceType>>();
  const watched = allRules.map((rule): Rule => ({
    ...rule,
    evaluate: (resource, inventory, settings) => {
      const touched = touchedBy.get(rule.id) ?? new Set<ResourceType>();
      touchedBy.set(rule.id, touched);
      return rule.evaluate(resource as never, inventory.recording(touched), settings);
    },
  }));
  for (const inventory of inventories) runRules(inventory, watched, { now: PINNED_NOW });
  const undeclared: string[] = [];
  for (const rule of allRules) {
    const declared = new Set<ResourceType>([...rule.appliesTo, ...(rule.reads ?? [])]);
    for (const type of touchedBy.get(rule.id) ?? []) {
      if (!declared.has(type)) undeclared.push(`${rule.id} reads ${type}`);
    }
  }
  return { touchedBy, undeclared };
}

describe('declared reads', () => {
  it('cover every type a rule looked up, on templates and on a live scan with denied relations', async () => {
    const templates = await loadTemplateSource(
      ['examples/cloudformation/payments-api.yaml', 'examples/cloudformation/edge-and-audit.json'],
      { parameters: {}, parameterFiles: [], cwd: REPO_ROOT },
    );
    const denied = [
      'kms:*',
      'rds:DescribeDBSubnetGroups',
      'ec2:DescribeSubnets',
      'ec2:DescribeRouteTables',
      'elasticloadbalancing:DescribeLoadBalancers',
      'wafv2:*',
    ];
    const live = await scanFake(sampleAccount(), {
      faults: denied.map((action) => ({ action, kind: 'AccessDenied' as const })),
      live: { maxAttempts: 1 },
    });
    expect(live.result.inventory.gaps.length).toBeGreaterThan(0);
    const { touchedBy, undeclared } = readsOf([templates.inventory, live.result.inventory]);
    expect(undeclared).toEqual([]);
    // The check saw lookups at all: key and subnet-group misses were recorded.
    expect(touchedBy.get('storage-encrypted-with-cmk')?.has('kms-key')).toBe(true);
    expect(touchedBy.get('db-subnets-private')?.has('rds-db-subnet-group')).toBe(true);
  });
});
