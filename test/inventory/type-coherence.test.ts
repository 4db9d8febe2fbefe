/**
 * The type lists agree with the normalizers (issue 12): a type left off a list
 * must fail here, not make findings vanish. Template lists are derived from
 * `TEMPLATE_NORMALIZERS`; these tests check the declarations against the real
 * loader, the normalizer sources, and what the rules read on each source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import type { RuleSource } from '../../src/engine/rule.js';
import type { ResourceType } from '../../src/inventory/model.js';
import { normalizeSnapshot } from '../../src/sources/live/normalize/index.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../src/sources/snapshot/format.js';
import {
  NORMALIZED_TYPES,
  readsProperties,
  TEMPLATE_NORMALIZERS,
} from '../../src/sources/template/normalize/index.js';
import { inventoryFromTemplate } from '../support/template.js';

/** Read types a source answers without a normalizer, and why. */
const ANSWERED_WITHOUT_NORMALIZER: Partial<Record<RuleSource, Partial<Record<ResourceType, string>>>> = {
  template: {
    'elbv2-ssl-policy': 'predefined ELB policies come from the built-in table (ssl-policies.ts)',
    'backup-protected-resource':
      'recovery points exist only in an account; on templates the BackupSelection (backup-selection) answers',
  },
  live: {
    // Read only when a TLS listener names a policy, never a gap: the built-in table, else Unknown, answers.
    'elbv2-ssl-policy': 'DescribeSSLPolicies is optional; the built-in table answers without it',
    'backup-selection':
      'live, ListProtectedResources (backup-protected-resource) answers which resources a plan backs up',
  },
};

function typesRulesNeed(source: RuleSource): Map<ResourceType, string[]> {
  const needed = new Map<ResourceType, string[]>();
  for (const rule of allRules) {
    if (rule.sources !== undefined && !rule.sources.includes(source)) continue;
    for (const type of [...rule.appliesTo, ...(rule.reads ?? [])]) {
      if (ANSWERED_WITHOUT_NORMALIZER[source]?.[type] !== undefined) continue;
      needed.set(type, [...(needed.get(type) ?? []), rule.id]);
    }
  }
  return needed;
}

function missingFrom(produced: Iterable<ResourceType>, source: RuleSource): string[] {
  const have = new Set(produced);
  return [...typesRulesNeed(source)]
    .filter(([type]) => !have.has(type))
    .map(([type, rules]) => `${type} (read by ${rules.join(', ')})`);
}

/**
 * The types a live scan can produce: with no call recorded, every normalizer
 * says which types it lacks (a gap), or yields the resource with Unknown facts.
 */
function liveTypes(): Set<ResourceType> {
  const inventory = normalizeSnapshot(
    {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      tool: { name: 'soc2', version: 'test' },
      startedAt: '2026-11-20T12:00:00Z',
      finishedAt: '2026-11-20T12:00:00Z',
      callerIdentity: { account: '111122223333', arn: 'arn:aws:iam::111122223333:root', userId: 'test' },
      partition: 'aws',
      regions: ['us-east-1'],
      globalRegion: 'us-east-1',
      parameters: {},
      calls: [],
    },
    'snapshot',
  );
  return new Set(
    [...inventory.gaps, ...inventory.resources].map((found) =>
      'type' in found ? found.type : found.resourceType,
    ),
  );
}

describe('template type lists', () => {
  it('every type a rule running on templates applies to or reads has a template normalizer', () => {
    expect(missingFrom(NORMALIZED_TYPES, 'template')).toEqual([]);
  });

  it('an unread nested stack is a gap in exactly the types the normalizers yield', async () => {
    const inventory = await inventoryFromTemplate(`
Resources:
  Remote:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/bucket/remote.yaml
`);
    const gapped = new Set(inventory.gaps.map((gap) => gap.resourceType));
    expect([...gapped].sort()).toEqual([...new Set(TEMPLATE_NORMALIZERS.map((n) => n.yields))].sort());
    expect(missingFrom(gapped, 'template')).toEqual([]);
  });

  it.each(TEMPLATE_NORMALIZERS.map((declared) => [declared.cfnType, declared.yields]))(
    '%s yields %s through the loader',
    async (cfnType, yields) => {
      const properties =
        cfnType === 'AWS::ApiGateway::Deployment'
          ? '\n    Properties:\n      StageName: prod\n      RestApiId: api'
          : '';
      const inventory = await inventoryFromTemplate(`
Resources:
  Subject:
    Type: ${cfnType}${properties}
`);
      const subject = inventory.resources.filter((resource) => resource.id.endsWith('/Subject'));
      expect(subject.map((resource) => resource.type)).toEqual([yields]);
    },
  );

  it('every CloudFormation type a template normalizer names has its properties read', () => {
    const folder = join(import.meta.dirname, '../../src/sources/template/normalize');
    const named = new Set<string>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      for (const match of text.matchAll(/'(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)'/g))
        named.add(match[1] as string);
    }
    expect(named.size).toBeGreaterThan(20);
    expect([...named].filter((cfnType) => !readsProperties(cfnType))).toEqual([]);
  });
});

describe('live type lists', () => {
  it('every type a rule running live applies to or reads has a live normalizer', () => {
    const produced = liveTypes();
    expect(produced.size).toBeGreaterThan(10);
    expect(missingFrom(produced, 'live')).toEqual([]);
  });
});
