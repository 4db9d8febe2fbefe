/**
 * One scan result holding every status, template and live resources, inline
 * and file suppressions, a rule that throws, a population gap, and hostile
 * names: the outputs are tested against real engine output, not hand-made JSON.
 */
import kmsKeyRotation from '../../../rules/encryption/kms-key-rotation.js';
import type { ScanResult } from '../../../src/engine/finding.js';
import { buildScanResult } from '../../../src/engine/result.js';
import { defineRule, type Rule } from '../../../src/engine/rule.js';
import { runRules } from '../../../src/engine/run.js';
import { bucketPublicAccess } from '../../../src/inventory/facts/bucket-public-access.js';
import { createPlace } from '../../../src/inventory/facts/place.js';
import { Inventory } from '../../../src/inventory/inventory.js';
import { unknown } from '../../../src/inventory/maybe.js';
import type { KmsKey, Origin, S3Bucket } from '../../../src/inventory/model.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)> ]]> & "quoted" \u001b[31m';
export const SRC_ROOT = '/repo';

function templateOrigin(
  logicalId: string,
  line: number | undefined,
  file = 'templates/app.yaml',
  cfnType = 'AWS::KMS::Key',
): Origin {
  return {
    kind: 'template',
    file,
    line,
    logicalId,
    stack: 'App',
    cdkPath: `App/Payments/${logicalId}/Resource`,
    cfnType,
  };
}

const liveOrigin: Origin = { kind: 'live', account: '111122223333', region: 'us-east-1' };

function key(id: string, origin: Origin, fields: Partial<KmsKey> = {}): KmsKey {
  return {
    type: 'kms-key',
    id,
    origin,
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    rotationEnabled: false,
    aliases: [],
    ...fields,
  };
}

const throwingRule = defineRule({
  id: 'bucket-check-that-throws',
  title: 'A rule with a bug',
  severity: 'high',
  criteria: ['CC6.1'],
  family: 'encryption',
  appliesTo: ['s3-bucket'],
  rationale: 'Exercises the ERROR path.',
  remediation: { summary: 'Fix the rule.' },
  evaluate() {
    throw new Error('cannot read properties of undefined');
  },
}) as Rule;

export const FIXTURE_RULES: readonly Rule[] = [kmsKeyRotation as Rule, throwingRule];
export const FIXTURE_NOW = new Date('2026-06-01T12:00:00Z');

export function mixedScanResult(): ScanResult {
  const liveArn = 'arn:aws:kms:us-east-1:111122223333:key/1111-aaaa';
  const bucket: S3Bucket = {
    type: 's3-bucket',
    id: 'App/Bucket',
    name: HOSTILE_NAME,
    origin: templateOrigin('Bucket', 40, 'templates/app.yaml', 'AWS::S3::Bucket'),
    encryption: { state: 'aws-owned' },
    ...bucketPublicAccess(undefined, createPlace('Bucket')),
  };
  const resources = [
    key('App/RotationOff', templateOrigin('RotationOff', 12)),
    key('App/NoLine', templateOrigin('NoLine', undefined)),
    key('App/LineZero', templateOrigin('LineZero', 0, `${SRC_ROOT}/nested dir/stack.template.json`)),
    key('App/Hostile', templateOrigin('Hostile', 20), {
      name: HOSTILE_NAME,
      rotationEnabled: unknown(`rotation could not be resolved for ${HOSTILE_NAME}`),
    }),
    key('App/Legacy', templateOrigin('Legacy', 30), {
      suppressions: [{ id: 'CKV_AWS_7', tool: 'checkov', justification: 'Legacy key, retired in Q3' }],
    }),
    key(liveArn, liveOrigin, { arn: liveArn, name: 'alias/payments', region: 'us-east-1' }),
    key('arn:aws:kms:us-east-1:111122223333:key/2222-bbbb', liveOrigin, { rotationEnabled: true }),
    key('arn:aws:kms:us-east-1:111122223333:key/3333-cccc', liveOrigin, { keyManager: 'AWS' }),
    key('arn:aws:kms:eu-west-1:111122223333:key/4444-dddd', {
      kind: 'live',
      account: '111122223333',
      region: 'eu-west-1',
    }),
    bucket,
  ];
  const inventory = new Inventory(
    resources,
    [
      {
        resourceType: 's3-bucket',
        region: 'eu-west-1',
        account: '111122223333',
        action: 's3:ListBuckets',
        reason: 'AccessDenied',
      },
    ],
    { source: 'live', accounts: ['111122223333'], regions: ['us-east-1', 'eu-west-1'] },
  );
  const findings = runRules(inventory, FIXTURE_RULES, {
    now: FIXTURE_NOW,
    suppressions: [
      {
        rule: 'kms-key-rotation',
        resource: liveArn,
        justification: 'Rotated by the HSM team every 90 days',
        expires: '2026-12-31',
        file: 'soc2-suppressions.yaml',
      },
      {
        rule: 'kms-key-rotation',
        resource: '*4444-dddd',
        justification: 'Lapsed exception',
        expires: '2026-01-31',
        file: 'soc2-suppressions.yaml',
      },
    ],
  });
  return buildScanResult({
    scan: {
      source: 'live',
      scope: '111122223333',
      startedAt: '2026-06-01T12:00:00.000Z',
      finishedAt: '2026-06-01T12:00:01.500Z',
      parameters: { regions: ['us-east-1', 'eu-west-1'], failOn: 'info' },
      accounts: ['111122223333'],
      regions: ['us-east-1', 'eu-west-1'],
      dataSources: ['kms:ListKeys', 'kms:GetKeyRotationStatus'],
    },
    rules: FIXTURE_RULES,
    rulesVersion: 'test',
    findings,
    inventory,
  });
}
