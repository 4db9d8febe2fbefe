/**
 * ElastiCache at rest: an AWS::ElastiCache::ReplicationGroup / CacheCluster and the same cache
 * served by DescribeReplicationGroups / DescribeCacheClusters give the same storage-encrypted and
 * storage-encrypted-with-cmk verdicts. Live, a customer key is classified by the KMS key list.
 */
import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import { kmsKey } from '../../support/aws-server/builders.js';
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;
const GROUP_ARN = (id: string) => `arn:aws:elasticache:${ARN}:replicationgroup:${id}`;
const CLUSTER_ARN = (id: string) => `arn:aws:elasticache:${ARN}:cluster:${id}`;
const KEY_ARN = `arn:aws:kms:${ARN}:key/cache-key`;

const region = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});
const elasticache = (account: FakeAccount) => (region(account).elasticache ??= { replicationGroups: [] });

function addGroup(account: FakeAccount, id: string, settings: Partial<ReplicationGroup>): void {
  elasticache(account).replicationGroups.push({
    ReplicationGroupId: id,
    ARN: GROUP_ARN(id),
    Status: 'available',
    TransitEncryptionEnabled: true,
    SnapshotRetentionLimit: 7,
    ...settings,
  });
}

function addCluster(account: FakeAccount, id: string, settings: Partial<CacheCluster>): void {
  (elasticache(account).cacheClusters ??= []).push({
    CacheClusterId: id,
    ARN: CLUSTER_ARN(id),
    CacheClusterStatus: 'available',
    TransitEncryptionEnabled: false,
    ...settings,
  });
}

function addCustomerKey(account: FakeAccount): void {
  const kms = (region(account).kms ??= { keys: [] });
  if (!kms.keys.some((key) => key.metadata.KeyId === 'cache-key'))
    kms.keys.push(kmsKey(PARITY_REGION, PARITY_ACCOUNT, 'cache-key'));
}

const KEY = { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } };

function groupTemplate(logicalId: string, properties: Record<string, unknown>) {
  return {
    logicalId,
    resources: {
      ...KEY,
      [logicalId]: {
        Type: 'AWS::ElastiCache::ReplicationGroup',
        Properties: {
          ReplicationGroupDescription: 'sessions',
          CacheNodeType: 'cache.t4g.micro',
          ...properties,
        },
      },
    },
  };
}

function clusterTemplate(logicalId: string, engine: string) {
  return {
    logicalId,
    resources: {
      [logicalId]: {
        Type: 'AWS::ElastiCache::CacheCluster',
        Properties: { Engine: engine, CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 1 },
      },
    },
  };
}

const UNENCRYPTED_REDIS_GROUP = {
  template: groupTemplate('PlainGroup', { Engine: 'redis' }),
  live: {
    id: GROUP_ARN('plain-group'),
    add: (account: FakeAccount) =>
      addGroup(account, 'plain-group', {
        Engine: 'redis',
        AtRestEncryptionEnabled: false,
        StorageEncryptionType: 'none',
      }),
  },
};

const CUSTOMER_KEY_GROUP = {
  template: groupTemplate('CmkGroup', {
    Engine: 'redis',
    AtRestEncryptionEnabled: true,
    KmsKeyId: { 'Fn::GetAtt': ['Key', 'Arn'] },
  }),
  live: {
    id: GROUP_ARN('cmk-group'),
    add: (account: FakeAccount) => {
      addCustomerKey(account);
      addGroup(account, 'cmk-group', {
        Engine: 'redis',
        AtRestEncryptionEnabled: true,
        StorageEncryptionType: 'sse-kms',
        KmsKeyId: KEY_ARN,
      });
    },
  },
};

const DEFAULT_KEY_GROUP = {
  template: groupTemplate('DefaultKeyGroup', { Engine: 'valkey', AtRestEncryptionEnabled: true }),
  live: {
    id: GROUP_ARN('default-key-group'),
    add: (account: FakeAccount) =>
      addGroup(account, 'default-key-group', {
        Engine: 'valkey',
        AtRestEncryptionEnabled: true,
        StorageEncryptionType: 'sse-elasticache',
      }),
  },
};

const MEMCACHED = {
  template: clusterTemplate('Memcached', 'memcached'),
  live: {
    id: CLUSTER_ARN('memcached'),
    add: (account: FakeAccount) =>
      addCluster(account, 'memcached', { Engine: 'memcached', AtRestEncryptionEnabled: false }),
  },
};

const STANDALONE_REDIS = {
  template: clusterTemplate('SoloRedis', 'redis'),
  live: {
    id: CLUSTER_ARN('solo-redis'),
    add: (account: FakeAccount) =>
      addCluster(account, 'solo-redis', {
        Engine: 'redis',
        AtRestEncryptionEnabled: false,
        SnapshotRetentionLimit: 0,
      }),
  },
};

parityCases('storage-encrypted', [
  {
    name: 'a Redis OSS group created without at-rest encryption',
    status: 'FAIL',
    ...UNENCRYPTED_REDIS_GROUP,
  },
  { name: 'a group encrypted with a customer-managed key', status: 'PASS', ...CUSTOMER_KEY_GROUP },
  {
    name: 'a group encrypted with the service default key',
    status: 'PASS',
    message: 'AWS-owned',
    ...DEFAULT_KEY_GROUP,
  },
  { name: 'a node-based Memcached cluster', status: 'FAIL', message: 'Memcached', ...MEMCACHED },
  { name: 'a standalone Redis OSS cluster', status: 'FAIL', ...STANDALONE_REDIS },
]);

parityCases('storage-encrypted-with-cmk', [
  { name: 'a group encrypted with a customer-managed key', status: 'PASS', ...CUSTOMER_KEY_GROUP },
  { name: 'a group encrypted with the service default key', status: 'FAIL', ...DEFAULT_KEY_GROUP },
]);
