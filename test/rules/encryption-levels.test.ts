import { describe, expect, it } from 'vitest';
import { unknown } from '../../src/inventory/maybe.js';
import { bucket, dbInstance, kmsKey, liveInventory } from '../support/inventory-builder.js';
import { findingsOf, inventoryCases } from '../support/rule-cases.js';

const CMK = kmsKey();
const FOREIGN_KEY = 'arn:aws:kms:us-east-1:999999999999:key/other';

inventoryCases('storage-encrypted', {
  pass: [
    {
      name: 'a KMS key with no key id is the AWS-managed key',
      says: 'encrypted with the AWS-managed KMS key',
      evidence: { encryption: 'aws-managed' },
      inventory: () => liveInventory([dbInstance({ encryption: { state: 'kms', keyId: undefined } })]),
    },
    {
      name: 'a replica copy under a key of unknown manager decides the level over a customer-managed key',
      says: 'encrypted with KMS key arn:aws:kms:us-east-1:999999999999:key/other, whose manager is unknown',
      evidence: {
        encryption: 'kms (manager unknown)',
        keyId: 'arn:aws:kms:us-east-1:999999999999:key/other',
        keyManagerUnknownBecause:
          'KMS key arn:aws:kms:us-east-1:999999999999:key/other is not in the scanned inventory, so its manager is unknown',
      },
      inventory: () =>
        liveInventory([
          CMK,
          bucket({ encryption: { state: 'kms', keyId: CMK.arn, otherKeyIds: [FOREIGN_KEY] } }),
        ]),
    },
    {
      name: 'an AWS-managed copy decides the level over one of unknown manager',
      says: 'encrypted with the AWS-managed KMS key alias/aws/s3',
      evidence: { encryption: 'aws-managed', keyId: 'alias/aws/s3' },
      inventory: () =>
        liveInventory([
          CMK,
          bucket({
            encryption: { state: 'kms', keyId: FOREIGN_KEY, otherKeyIds: [CMK.arn, 'alias/aws/s3'] },
          }),
        ]),
    },
    {
      name: 'a key id that could not be resolved',
      says: 'encrypted with KMS key (unresolved), whose manager is unknown',
      evidence: { encryption: 'kms (manager unknown)', keyManagerUnknownBecause: 'key from a parameter' },
      inventory: () =>
        liveInventory([bucket({ encryption: { state: 'kms', keyId: unknown('key from a parameter') } })]),
    },
  ],
  notApplicable: [
    {
      name: 'Aurora cluster member (the cluster carries encryption)',
      says: 'Aurora cluster member: storage encryption is set on its DB cluster',
      evidence: {},
      inventory: () =>
        liveInventory([dbInstance({ clusterId: 'aurora-1', encryption: { state: 'unencrypted' } })]),
    },
  ],
  unknown: [
    {
      name: 'unencrypted instance whose cluster membership is unknown',
      says: 'not encrypted on the instance, but whether it belongs to an Aurora cluster (which would carry the encryption) is unknown: DBClusterIdentifier unresolved',
      evidence: {},
      message: 'Aurora cluster',
      inventory: () =>
        liveInventory([
          dbInstance({
            clusterId: unknown('DBClusterIdentifier unresolved'),
            encryption: { state: 'unencrypted' },
          }),
        ]),
    },
    {
      name: 'encryption settings unreadable',
      says: 's3:GetBucketEncryption: AccessDenied',
      evidence: {},
      inventory: () =>
        liveInventory([bucket({ encryption: unknown('s3:GetBucketEncryption: AccessDenied') })]),
    },
  ],
});

describe('encryption levels in evidence', () => {
  const levelOf = (ruleId: string, resources: Parameters<typeof liveInventory>[0]) =>
    findingsOf(ruleId, liveInventory(resources)).map((finding) => [
      finding.status,
      finding.evidence.encryption,
    ]);

  it('names the level for each kind of key', () => {
    const key = kmsKey();
    expect(levelOf('storage-encrypted', [bucket({ encryption: { state: 'aws-owned' } })])).toEqual([
      ['PASS', 'aws-owned'],
    ]);
    expect(
      levelOf('storage-encrypted', [bucket({ encryption: { state: 'kms', keyId: 'alias/aws/s3' } })]),
    ).toEqual([['PASS', 'aws-managed']]);
    expect(
      levelOf('storage-encrypted', [key, bucket({ encryption: { state: 'kms', keyId: key.arn } })]),
    ).toEqual([['PASS', 'customer-managed']]);
  });

  it('passes an unclassifiable KMS key as encrypted, but not as customer-managed', () => {
    const store = bucket({
      encryption: { state: 'kms', keyId: 'arn:aws:kms:us-east-1:999999999999:key/other' },
    });
    expect(levelOf('storage-encrypted', [store])).toEqual([['PASS', 'kms (manager unknown)']]);
    expect(levelOf('storage-encrypted-with-cmk', [store])).toEqual([['UNKNOWN', 'kms (manager unknown)']]);
  });

  it('treats an AWS-managed key in the inventory as not customer-managed', () => {
    const awsKey = kmsKey({ keyManager: 'AWS', aliases: ['alias/aws/rds'] });
    const db = dbInstance({ encryption: { state: 'kms', keyId: awsKey.arn } });
    expect(levelOf('storage-encrypted-with-cmk', [awsKey, db])).toEqual([['FAIL', 'aws-managed']]);
  });
});
