import { describe, expect, it } from 'vitest';
import { Inventory } from '../../src/inventory/inventory.js';
import type { KmsKey, ResourceType } from '../../src/inventory/model.js';

function key(id: string, keyManager: 'AWS' | 'CUSTOMER', aliases: string[], arn?: string): KmsKey {
  return {
    type: 'kms-key',
    id,
    arn,
    region: 'eu-west-1',
    origin: { kind: 'live', account: '111122223333', region: 'eu-west-1' },
    keyManager,
    keySpec: 'SYMMETRIC_DEFAULT',
    rotationEnabled: true,
    aliases,
  };
}

const ARN = 'arn:aws:kms:eu-west-1:111122223333';

describe('KMS key lookup (the one every encrypted store makes)', () => {
  const inventory = new Inventory(
    [
      key('1111-aaaa', 'CUSTOMER', ['alias/payments'], `${ARN}:key/1111-aaaa`),
      key('2222-bbbb', 'AWS', ['alias/aws/s3'], `${ARN}:key/2222-bbbb`),
      // Same alias as the first key: the first in inventory order answers.
      key('3333-cccc', 'AWS', ['alias/payments', 'alias/ledger']),
    ],
    [],
    { source: 'live', accounts: ['111122223333'] },
  );

  it('finds a key by inventory id, bare key id, key ARN, alias name and alias ARN', () => {
    expect(inventory.findKey('1111-aaaa')?.id).toBe('1111-aaaa');
    expect(inventory.findKey(`${ARN}:key/2222-bbbb`)?.id).toBe('2222-bbbb');
    expect(inventory.findKey('arn:aws:kms:us-east-1:999999999999:key/2222-bbbb')?.id).toBe('2222-bbbb');
    expect(inventory.findKey('alias/ledger')?.id).toBe('3333-cccc');
    expect(inventory.findKey(`${ARN}:alias/ledger`)?.id).toBe('3333-cccc');
  });

  it('answers with the first key in inventory order when several match', () => {
    expect(inventory.findKey('alias/payments')?.id).toBe('1111-aaaa');
    expect(inventory.classifyKey('alias/payments')).toBe('customer-managed');
  });

  it('classifies a key it cannot find as unknown and records that it rested on the key list', () => {
    const touched = new Set<ResourceType>();
    const view = inventory.recording(touched);
    expect(view.findKey('alias/elsewhere')).toBeUndefined();
    expect(touched.has('kms-key')).toBe(true);
    expect(inventory.classifyKey('alias/elsewhere')).toMatchObject({
      reason: expect.stringContaining('alias/elsewhere'),
    });
  });

  it('a recording view finds the same keys as the inventory', () => {
    const view = inventory.recording(new Set());
    expect(view.findKey('alias/ledger')?.id).toBe('3333-cccc');
    expect(inventory.findKey('alias/aws/s3')?.id).toBe('2222-bbbb');
  });
});
