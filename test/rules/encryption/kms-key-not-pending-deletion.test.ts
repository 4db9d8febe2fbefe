import { inventoryCases } from '../../support/rule-cases.js';
import { denied, kmsKey, liveInventory } from '../../support/inventory-builder.js';

inventoryCases('kms-key-not-pending-deletion', {
  pass: [
    { name: 'an enabled key', inventory: () => liveInventory([kmsKey({ keyState: 'Enabled' })]) },
    {
      name: 'a disabled key is not being deleted',
      inventory: () => liveInventory([kmsKey({ keyState: 'Disabled' })]),
    },
  ],
  fail: [
    {
      name: 'scheduled for deletion',
      inventory: () => liveInventory([kmsKey({ keyState: 'PendingDeletion' })]),
      message: 'scheduled for deletion',
    },
    {
      name: 'a multi-Region replica pending deletion',
      inventory: () => liveInventory([kmsKey({ keyState: 'PendingReplicaDeletion' })]),
    },
  ],
  unknown: [
    {
      name: 'DescribeKey denied',
      inventory: () => liveInventory([kmsKey({ keyState: denied('kms:DescribeKey') })]),
    },
    { name: 'state not read', inventory: () => liveInventory([kmsKey({})]) },
  ],
});
