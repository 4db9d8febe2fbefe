/** The pure parts: redaction, error classification, and NORMALIZE on hand-made recorded calls. */
import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../../src/inventory/maybe.js';
import { toCallError } from '../../../src/sources/live/errors.js';
import { normalizeSnapshot } from '../../../src/sources/live/normalize/index.js';
import { REDACTED, toSafeJson } from '../../../src/sources/live/redact.js';
import type { CallRecord, Snapshot } from '../../../src/sources/snapshot/format.js';

function snapshotOf(calls: CallRecord[], regions = ['us-east-1']): Snapshot {
  return {
    format: 'soc2-snapshot',
    version: 1,
    tool: { name: 'soc2-evidence', version: 'test' },
    startedAt: '2026-11-20T12:00:00.000Z',
    finishedAt: '2026-11-20T12:00:01.000Z',
    callerIdentity: {
      account: '111122223333',
      arn: 'arn:aws:iam::111122223333:user/scanner',
      userId: 'AIDA',
    },
    partition: 'aws',
    regions,
    globalRegion: 'us-east-1',
    parameters: {},
    calls,
  };
}

const denied = { code: 'AccessDeniedException', message: 'not authorized', kind: 'denied' as const };
const KEY_A = 'aaaa1111-0000-4000-8000-000000000001';
const KEY_B = 'bbbb2222-0000-4000-8000-000000000002';
const arnOf = (id: string) => `arn:aws:kms:us-east-1:111122223333:key/${id}`;
const customerKey = (id: string) => ({
  KeyMetadata: {
    KeyId: id,
    Arn: arnOf(id),
    KeyManager: 'CUSTOMER',
    KeySpec: 'SYMMETRIC_DEFAULT',
    Origin: 'AWS_KMS',
    KeyState: 'Enabled',
  },
});

describe('redaction', () => {
  it('keeps the shape, hides secret values, drops metadata and cursors', () => {
    const safe = toSafeJson({
      $metadata: { requestId: 'r1' },
      NextToken: 'abc',
      Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 'wJalr', SessionToken: 'FQoG' },
      AuthenticateOidcConfig: { ClientId: 'client', ClientSecret: 'hunter2' },
      PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true },
      PasswordLastUsed: new Date('2026-01-01T00:00:00Z'),
      Content: new TextEncoder().encode('user,arn\n'),
    });
    expect(safe).toEqual({
      Credentials: REDACTED,
      AuthenticateOidcConfig: { ClientId: 'client', ClientSecret: REDACTED },
      PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true },
      PasswordLastUsed: '2026-01-01T00:00:00.000Z',
      Content: 'user,arn\n',
    });
  });
});

describe('error classification', () => {
  const sdkError = (name: string, status: number, message = 'x') =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
  it.each([
    [sdkError('AccessDeniedException', 400), 'denied'],
    [sdkError('UnauthorizedOperation', 403), 'denied'],
    [sdkError('ThrottlingException', 400), 'throttled'],
    [sdkError('RequestLimitExceeded', 503), 'throttled'],
    [sdkError('OptInRequired', 401), 'opt-in'],
    [sdkError('NoSuchBucketPolicy', 404), 'not-found'],
    [sdkError('InternalFailure', 500), 'server'],
    [sdkError('TimeoutError', 0, 'Connection timed out after 30000 ms'), 'timeout'],
    [sdkError('SyntaxError', 200, 'Unexpected end of JSON input'), 'unparsable'],
  ])('%s -> %s', (error, kind) => {
    expect(toCallError(error).kind).toBe(kind);
  });
});

describe('NORMALIZE on recorded calls', () => {
  it('a denied rotation status makes only that key Unknown, with action and error', () => {
    const inventory = normalizeSnapshot(
      snapshotOf([
        {
          service: 'kms',
          action: 'ListKeys',
          region: 'us-east-1',
          responses: [
            {
              Keys: [
                { KeyId: KEY_A, KeyArn: arnOf(KEY_A) },
                { KeyId: KEY_B, KeyArn: arnOf(KEY_B) },
              ],
            },
          ],
        },
        {
          service: 'kms',
          action: 'ListAliases',
          region: 'us-east-1',
          responses: [{ Aliases: [{ AliasName: 'alias/a', TargetKeyId: KEY_A }] }],
        },
        {
          service: 'kms',
          action: 'DescribeKey',
          region: 'us-east-1',
          params: { KeyId: KEY_A },
          responses: [customerKey(KEY_A)],
        },
        {
          service: 'kms',
          action: 'DescribeKey',
          region: 'us-east-1',
          params: { KeyId: KEY_B },
          responses: [customerKey(KEY_B)],
        },
        {
          service: 'kms',
          action: 'GetKeyRotationStatus',
          region: 'us-east-1',
          params: { KeyId: KEY_A },
          responses: [{ KeyRotationEnabled: true }],
        },
        {
          service: 'kms',
          action: 'GetKeyRotationStatus',
          region: 'us-east-1',
          params: { KeyId: KEY_B },
          responses: [],
          error: denied,
        },
      ]),
      'snapshot',
    );
    const [a, b] = inventory.ofType('kms-key');
    expect(a).toMatchObject({ name: 'alias/a', rotationEnabled: true, aliases: ['alias/a'] });
    expect(isUnknown(b!.rotationEnabled)).toBe(true);
    expect((b!.rotationEnabled as { reason: string }).reason).toBe(
      'kms:GetKeyRotationStatus failed in us-east-1: AccessDeniedException: not authorized',
    );
    expect(inventory.gapsFor('kms-key')).toEqual([]);
  });

  it('a list call that failed after one page keeps the page and adds a gap', () => {
    const inventory = normalizeSnapshot(
      snapshotOf([
        {
          service: 'logs',
          action: 'DescribeLogGroups',
          region: 'us-east-1',
          responses: [
            {
              logGroups: [{ logGroupName: '/a', arn: 'arn:aws:logs:us-east-1:111122223333:log-group:/a:*' }],
            },
          ],
          error: { code: 'ThrottlingException', message: 'Rate exceeded', kind: 'throttled' },
        },
      ]),
      'snapshot',
    );
    expect(inventory.ofType('log-group').map((group) => group.id)).toEqual([
      'arn:aws:logs:us-east-1:111122223333:log-group:/a',
    ]);
    expect(inventory.gapsFor('log-group', 'us-east-1')).toEqual([
      expect.objectContaining({
        action: 'logs:DescribeLogGroups',
        reason: expect.stringContaining('ThrottlingException'),
      }),
    ]);
  });

  it('a call missing from the snapshot is a gap, not an empty population', () => {
    const inventory = normalizeSnapshot(snapshotOf([]), 'snapshot');
    expect(inventory.ofType('rds-db-instance')).toEqual([]);
    expect(inventory.gapsFor('rds-db-instance', 'us-east-1')[0]?.reason).toMatch(/not in the scan data/);
    expect(inventory.gapsFor('s3-bucket')[0]?.region).toBeUndefined();
    expect(inventory.meta).toMatchObject({
      source: 'snapshot',
      accounts: ['111122223333'],
      scannedAt: '2026-11-20T12:00:00.000Z',
    });
  });

  it('"not found" answers are data: no bucket policy, no public access block', () => {
    const notFound = (code: string) => ({ code, message: 'none', kind: 'not-found' as const });
    const inventory = normalizeSnapshot(
      snapshotOf([
        {
          service: 's3',
          action: 'ListBuckets',
          region: 'us-east-1',
          responses: [{ Buckets: [{ Name: 'b1', BucketRegion: 'eu-west-1' }] }],
        },
        {
          service: 's3',
          action: 'GetBucketEncryption',
          region: 'eu-west-1',
          params: { Bucket: 'b1' },
          responses: [],
          error: notFound('ServerSideEncryptionConfigurationNotFoundError'),
        },
        {
          service: 's3',
          action: 'GetPublicAccessBlock',
          region: 'eu-west-1',
          params: { Bucket: 'b1' },
          responses: [],
          error: notFound('NoSuchPublicAccessBlockConfiguration'),
        },
        {
          service: 's3',
          action: 'GetBucketPolicy',
          region: 'eu-west-1',
          params: { Bucket: 'b1' },
          responses: [],
          error: notFound('NoSuchBucketPolicy'),
        },
      ]),
      'snapshot',
    );
    expect(inventory.ofType('s3-bucket')).toEqual([
      expect.objectContaining({
        id: 'b1',
        region: 'eu-west-1',
        encryption: { state: 'unencrypted' },
        publicAccessBlock: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
        publicAccessBlockDefault: 'the bucket has no Block Public Access configuration',
        policy: undefined,
      }),
    ]);
    expect(inventory.gapsFor('s3-bucket')).toEqual([]);
  });
});
