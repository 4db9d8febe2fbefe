/**
 * Gaps tracked by the engine (issue 12): a rule that lists or looks up a type
 * whose population was not fully read cannot PASS, even when the rule itself
 * never asks about gaps. Through the real template loader and the live source
 * over the loopback server, never a hand-built inventory.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, fail, notApplicable, pass, type Rule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { sampleAccount } from '../support/aws-server/index.js';
import { inventoryFromTemplate } from '../support/template.js';
import { scanFake } from '../sources/live/helpers.js';

/** A rule that forgets gaps: it lists every KMS key and never checks whether the list is complete. */
function keysListed(verdict: 'PASS' | 'FAIL' | 'NOT_APPLICABLE'): Rule {
  return defineRule({
    id: `test-keys-listed-${verdict.toLowerCase()}`,
    title: 'No KMS key without rotation exists',
    severity: 'low',
    criteria: ['CC6.1'],
    family: 'encryption',
    appliesTo: ['s3-bucket'],
    reads: ['kms-key'],
    rationale: 'test',
    remediation: { summary: 'test' },
    evaluate: (_bucket, inventory) => {
      const keys = inventory.ofType('kms-key');
      if (verdict === 'FAIL') return fail(`${keys.length} keys listed`);
      if (verdict === 'NOT_APPLICABLE') return notApplicable('no key to judge');
      return pass(`${keys.length} keys listed, none without rotation`);
    },
  }) as Rule;
}

/** A rule that reads nothing beyond its own resource. */
const bucketOnly = defineRule({
  id: 'test-bucket-only',
  title: 'A bucket exists',
  severity: 'low',
  criteria: ['CC6.1'],
  family: 'encryption',
  appliesTo: ['s3-bucket'],
  rationale: 'test',
  remediation: { summary: 'test' },
  evaluate: () => pass('bucket seen'),
}) as Rule;

const WITH_UNREAD_NESTED_STACK = `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Key:
    Type: AWS::KMS::Key
  Remote:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/bucket/remote.yaml
`;

describe('a PASS resting on a population with a gap', () => {
  it('is UNKNOWN in a template whose nested stack was not read, with the gap as the reason', async () => {
    const inventory = await inventoryFromTemplate(WITH_UNREAD_NESTED_STACK);
    const [finding] = runRules(inventory, [keysListed('PASS')]).filter(
      (candidate) => candidate.resource.type === 's3-bucket' && candidate.resource.id.endsWith('/Bucket'),
    );
    expect(finding?.status).toBe('UNKNOWN');
    expect(finding?.message).toMatch(/^kms-key could not be read \(.*Remote.*\)/);
    expect(finding?.message).toContain('1 keys listed, none without rotation');
    expect(finding?.evidence).toMatchObject({ withheld: 'PASS', gap: { resourceType: 'kms-key' } });
  });

  it('NOT_APPLICABLE resting on it is UNKNOWN too; FAIL stands', async () => {
    const inventory = await inventoryFromTemplate(WITH_UNREAD_NESTED_STACK);
    const statuses = runRules(inventory, [keysListed('NOT_APPLICABLE'), keysListed('FAIL')])
      .filter((finding) => finding.resource.id.endsWith('/Bucket'))
      .map((finding) => `${finding.ruleId} ${finding.status}`);
    expect(statuses).toEqual(['test-keys-listed-not_applicable UNKNOWN', 'test-keys-listed-fail FAIL']);
  });

  it('does not touch a rule that did not read the type, nor the same rule when nothing is missing', async () => {
    const gapped = await inventoryFromTemplate(WITH_UNREAD_NESTED_STACK);
    const bucket = runRules(gapped, [bucketOnly]).find((finding) => finding.resource.id.endsWith('/Bucket'));
    expect(bucket?.status).toBe('PASS');
    const whole = await inventoryFromTemplate(WITH_UNREAD_NESTED_STACK.replace(/ {2}Remote:[\s\S]*$/, ''));
    expect(runRules(whole, [keysListed('PASS')]).map((finding) => finding.status)).toEqual(['PASS']);
  });

  it('is UNKNOWN in a live scan whose KMS calls were denied, and PASS when they were not', async () => {
    const denied = await scanFake(sampleAccount(), {
      faults: [{ action: 'kms:*', kind: 'AccessDenied' }],
      live: { maxAttempts: 1 },
    });
    const buckets = (findings: ReturnType<typeof runRules>) =>
      findings.filter((finding) => finding.resource.type === 's3-bucket');
    const deniedBuckets = buckets(runRules(denied.result.inventory, [keysListed('PASS')]));
    expect(deniedBuckets.length).toBeGreaterThan(0);
    expect(deniedBuckets.every((finding) => finding.status === 'UNKNOWN')).toBe(true);
    expect(deniedBuckets[0]?.message).toMatch(/AccessDenied|not authorized/i);

    const healthy = await scanFake(sampleAccount());
    const healthyBuckets = buckets(runRules(healthy.result.inventory, [keysListed('PASS')]));
    expect(healthyBuckets.map((finding) => finding.status)).toEqual(healthyBuckets.map(() => 'PASS'));
    expect(healthyBuckets.length).toBe(deniedBuckets.length);
  });
});
