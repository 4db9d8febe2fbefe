import { describe, expect, it } from 'vitest';
import { unknown } from '../../src/inventory/maybe.js';
import { bucket, dbInstance, kmsKey, liveInventory } from '../support/inventory-builder.js';
import { findingsOf, inventoryCases } from '../support/rule-cases.js';

inventoryCases('storage-encrypted', {
  notApplicable: [
    {
      name: 'Aurora cluster member (the cluster carries encryption)',
      inventory: () =>
        liveInventory([dbInstance({ clusterId: 'aurora-1', encryption: { state: 'unencrypted' } })]),
    },
  ],
  unknown: [
    {
      name: 'unencrypted instance whose cluster membership is unknown',
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
