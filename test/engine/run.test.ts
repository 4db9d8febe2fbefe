import { describe, expect, it } from 'vitest';
import kmsKeyRotation from '../../rules/encryption/kms-key-rotation.js';
import { defineRule, fail, pass, type Rule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { unknown } from '../../src/inventory/maybe.js';
import { EVERY_MANAGEMENT_EVENT } from '../../src/inventory/facts/management-events.js';
import type { CloudTrailTrail, InlineSuppression, KmsKey, Origin } from '../../src/inventory/model.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const templateOrigin = (logicalId: string): Origin => ({
  kind: 'template',
  file: 'stack.yaml',
  line: 7,
  logicalId,
  stack: 'Stack',
  cfnType: 'AWS::KMS::Key',
});
const liveOrigin: Origin = { kind: 'live', account: '111122223333', region: 'us-east-1' };

function key(id: string, fields: Partial<KmsKey> = {}): KmsKey {
  return {
    type: 'kms-key',
    id,
    origin: templateOrigin(id),
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    rotationEnabled: false,
    aliases: [],
    ...fields,
  };
}

const rotation = kmsKeyRotation as Rule;

const trailRequired = defineRule({
  id: 'test-trail-required',
  title: 'A trail exists',
  severity: 'high',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale: 'test',
  remediation: { summary: 'test' },
  requiredInAccount: true,
  evaluate: (trail) => (trail.isMultiRegion === true ? pass('multi-region') : fail('single region')),
}) as Rule;

describe('runRules', () => {
  it('turns a throwing rule into an ERROR finding that names the error, and never suppresses it', () => {
    const throwing = defineRule({
      ...rotation,
      id: 'kms-key-rotation',
      evaluate: () => {
        throw new TypeError('boom');
      },
    }) as Rule;
    const inventory = new Inventory([
      key('Stack/K', { suppressions: [{ id: 'kms-key-rotation', tool: 'soc2', justification: 'accepted' }] }),
    ]);
    const [finding] = runRules(inventory, [throwing], { now: NOW });
    expect(finding).toMatchObject({
      status: 'ERROR',
      message: 'rule error: boom',
      evidence: { error: 'boom' },
    });
    expect(finding?.suppression).toBeUndefined();
  });

  it('keeps evaluating other resources after a rule throws on one', () => {
    const flaky = defineRule({
      ...rotation,
      evaluate: (resource, inventory, settings) => {
        if (resource.id === 'Stack/Bad') throw new Error('bad one');
        return rotation.evaluate(resource, inventory, settings);
      },
    }) as Rule;
    const findings = runRules(new Inventory([key('Stack/Bad'), key('Stack/Good')]), [flaky], { now: NOW });
    expect(findings.map((finding) => finding.status)).toEqual(['ERROR', 'FAIL']);
  });

  it('makes an Unknown fact an UNKNOWN finding with its reason, never a PASS', () => {
    const inventory = new Inventory([
      key('Stack/K', {
        rotationEnabled: unknown('EnableKeyRotation is a Ref to a parameter without a value'),
      }),
    ]);
    expect(runRules(inventory, [rotation], { now: NOW })).toEqual([
      expect.objectContaining({
        status: 'UNKNOWN',
        message: 'EnableKeyRotation is a Ref to a parameter without a value',
      }),
    ]);
  });

  it('reports an UNKNOWN per population gap, with region and reason, beside the resources that were read', () => {
    const inventory = new Inventory(
      [key('arn:k1', { origin: liveOrigin, rotationEnabled: true })],
      [
        {
          resourceType: 'kms-key',
          region: 'eu-west-1',
          account: '111122223333',
          action: 'kms:ListKeys',
          reason: 'AccessDenied',
        },
        { resourceType: 's3-bucket', reason: 'not this rule' },
      ],
      { source: 'live', accounts: ['111122223333'], regions: ['us-east-1', 'eu-west-1'] },
    );
    const findings = runRules(inventory, [rotation], { now: NOW });
    expect(findings.map((finding) => finding.status)).toEqual(['PASS', 'UNKNOWN']);
    expect(findings[1]).toMatchObject({
      resource: { type: 'kms-key', id: 'kms-key:*', region: 'eu-west-1', account: '111122223333' },
      message: 'The kms-key population could not be read in eu-west-1: AccessDenied',
      evidence: { action: 'kms:ListKeys', reason: 'AccessDenied' },
    });
  });

  it('FAILs a requiredInAccount rule with no resources in a live inventory, per account', () => {
    const live = new Inventory([], [], {
      source: 'live',
      accounts: ['111122223333', '444455556666'],
      regions: ['us-east-1'],
    });
    const findings = runRules(live, [trailRequired], { now: NOW });
    expect(findings).toEqual([
      expect.objectContaining({
        status: 'FAIL',
        resource: { type: 'aws-account', id: '111122223333', account: '111122223333' },
      }),
      expect.objectContaining({ status: 'FAIL', resource: expect.objectContaining({ id: '444455556666' }) }),
    ]);
    expect(
      runRules(new Inventory([], [], { source: 'snapshot', accounts: ['1'] }), [trailRequired], {
        now: NOW,
      })[0]?.status,
    ).toBe('FAIL');
  });

  it('FAILs a requiredInEveryRegion rule in each scanned region without one, unless that region was unreadable', () => {
    const recorderRule = { ...trailRequired, requiredInAccount: false, requiredInEveryRegion: true };
    const trail: CloudTrailTrail = {
      type: 'cloudtrail-trail',
      id: 'arn:trail',
      region: 'us-east-1',
      origin: liveOrigin,
      isMultiRegion: true,
      managementEvents: [...EVERY_MANAGEMENT_EVENT],
      logFileValidation: true,
      kmsKeyId: undefined,
      isLogging: true,
    };
    const inventory = new Inventory(
      [trail],
      [{ resourceType: 'cloudtrail-trail', region: 'ap-south-1', reason: 'region disabled' }],
      { source: 'live', accounts: ['111122223333'], regions: ['us-east-1', 'eu-west-1', 'ap-south-1'] },
    );
    const findings = runRules(inventory, [recorderRule], { now: NOW });
    const missing = findings.filter((finding) => finding.resource.type === 'aws-account');
    expect(missing).toEqual([
      expect.objectContaining({
        status: 'FAIL',
        resource: {
          type: 'aws-account',
          id: '111122223333/eu-west-1',
          account: '111122223333',
          region: 'eu-west-1',
        },
      }),
    ]);
    expect(findings.filter((finding) => finding.status === 'UNKNOWN')).toHaveLength(1);
  });

  it('does not fail a requiredInAccount rule on a template, nor when the population could not be read', () => {
    expect(runRules(new Inventory([], [], { source: 'template' }), [trailRequired], { now: NOW })).toEqual(
      [],
    );
    const unread = new Inventory([], [{ resourceType: 'cloudtrail-trail', reason: 'Throttling' }], {
      source: 'live',
      accounts: ['111122223333'],
    });
    expect(runRules(unread, [trailRequired], { now: NOW }).map((finding) => finding.status)).toEqual([
      'UNKNOWN',
    ]);
    const trail: CloudTrailTrail = {
      type: 'cloudtrail-trail',
      id: 'arn:trail',
      origin: liveOrigin,
      isMultiRegion: true,
      managementEvents: [...EVERY_MANAGEMENT_EVENT],
      logFileValidation: true,
      kmsKeyId: undefined,
      isLogging: true,
    };
    const present = new Inventory([trail], [], { source: 'live', accounts: ['111122223333'] });
    expect(runRules(present, [trailRequired], { now: NOW }).map((finding) => finding.status)).toEqual([
      'PASS',
    ]);
  });

  it('honours other scanners\u2019 inline suppressions through the rule\u2019s equivalents', () => {
    const suppressed = (suppression: InlineSuppression) =>
      runRules(new Inventory([key('Stack/K', { suppressions: [suppression] })]), [rotation], {
        now: NOW,
      })[0]!;
    for (const [tool, id] of [
      ['checkov', 'CKV_AWS_7'],
      ['cfn_nag', 'F19'],
      ['guard', 'CMK_BACKING_KEY_ROTATION_ENABLED'],
      ['cdk_nag', 'AwsSolutions-KMS5'],
      ['soc2', 'kms-key-rotation'],
    ] as const) {
      expect(suppressed({ tool, id, justification: `by ${tool}` })).toMatchObject({
        status: 'SUPPRESSED',
        suppression: {
          source: `metadata:${tool}`,
          matchedId: id,
          justification: `by ${tool}`,
          originalStatus: 'FAIL',
        },
      });
    }
    expect(suppressed({ tool: 'checkov', id: 'CKV_AWS_16', justification: 'another control' }).status).toBe(
      'FAIL',
    );
    expect(suppressed({ tool: 'cfn_nag', id: 'CKV_AWS_7', justification: 'wrong vocabulary' }).status).toBe(
      'FAIL',
    );
    expect(
      suppressed({ tool: 'checkov', id: 'CKV_AWS_7', justification: 'lapsed', expires: '2026-05-31' }),
    ).toMatchObject({
      status: 'FAIL',
      expiredSuppression: { matchedId: 'CKV_AWS_7', expires: '2026-05-31' },
    });
  });

  it('suppresses UNKNOWN too, but never a PASS', () => {
    const suppressions = [{ id: 'kms-key-rotation', tool: 'soc2' as const, justification: 'accepted' }];
    const inventory = new Inventory([
      key('Stack/Unknown', { rotationEnabled: unknown('unresolved'), suppressions }),
      key('Stack/Pass', { rotationEnabled: true, suppressions }),
    ]);
    const findings = runRules(inventory, [rotation], { now: NOW });
    expect(findings.map((finding) => [finding.status, finding.suppression?.originalStatus])).toEqual([
      ['SUPPRESSED', 'UNKNOWN'],
      ['PASS', undefined],
    ]);
  });

  it('runs only the rules asked for, and only on the sources they declare', () => {
    const liveOnly = defineRule({ ...rotation, id: 'live-only', sources: ['live'] }) as Rule;
    const inventory = new Inventory([key('Stack/K')]);
    expect(runRules(inventory, [rotation, liveOnly], { now: NOW }).map((finding) => finding.ruleId)).toEqual([
      'kms-key-rotation',
    ]);
    expect(runRules(inventory, [rotation, liveOnly], { now: NOW, only: ['live-only'] })).toEqual([]);
  });
});
