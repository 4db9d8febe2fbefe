import { inventoryCases } from '../../support/rule-cases.js';
import { bucket, denied, liveInventory, liveOrigin } from '../../support/inventory-builder.js';

const primary = (fields: Parameters<typeof bucket>[0]) =>
  bucket({ id: 'primary', name: 'primary', ...fields });
const replicaIn = (region: string) =>
  bucket({ id: `replica-${region}`, name: `replica-${region}`, region, origin: liveOrigin(region) });
const replicatingTo = (name: string) => ({
  replication: { rules: [{ enabled: true, destinationBucket: `arn:aws:s3:::${name}` }] },
});

inventoryCases('s3-cross-region-replication', {
  pass: [
    {
      name: 'an enabled rule to a bucket in another region',
      resource: 'primary',
      inventory: () => liveInventory([primary(replicatingTo('replica-eu-west-1')), replicaIn('eu-west-1')]),
      message: 'eu-west-1',
    },
  ],
  fail: [
    {
      name: 'the only rule replicates within the region',
      resource: 'primary',
      inventory: () => liveInventory([primary(replicatingTo('replica-us-east-1')), replicaIn('us-east-1')]),
    },
  ],
  unknown: [
    {
      name: 'GetBucketReplication denied',
      resource: 'primary',
      inventory: () => liveInventory([primary({ replication: denied('s3:GetReplicationConfiguration') })]),
      message: 'AccessDenied',
    },
    {
      name: 'an older snapshot that never read replication',
      resource: 'primary',
      inventory: () => liveInventory([primary({})]),
    },
  ],
});

inventoryCases('s3-mfa-delete', {
  pass: [
    {
      name: 'versioned with MFA delete',
      inventory: () => liveInventory([bucket({ versioning: { status: 'Enabled', mfaDelete: true } })]),
    },
  ],
  fail: [
    {
      name: 'versioned without MFA delete',
      inventory: () => liveInventory([bucket({ versioning: { status: 'Enabled', mfaDelete: false } })]),
    },
    {
      name: 'suspended versioning without MFA delete',
      inventory: () => liveInventory([bucket({ versioning: { status: 'Suspended', mfaDelete: false } })]),
    },
  ],
  unknown: [
    {
      name: 'GetBucketVersioning denied',
      inventory: () => liveInventory([bucket({ versioning: denied('s3:GetBucketVersioning') })]),
    },
  ],
  notApplicable: [
    {
      name: 'never versioned: s3-versioning-enabled fails it',
      inventory: () => liveInventory([bucket({ versioning: { status: 'Off', mfaDelete: false } })]),
    },
  ],
});
