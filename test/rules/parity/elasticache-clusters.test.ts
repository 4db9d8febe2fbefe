/**
 * ElastiCache cache clusters outside replication groups: an AWS::ElastiCache::CacheCluster and
 * the same cluster served by DescribeCacheClusters give the same verdict.
 */
import type { CacheCluster } from '@aws-sdk/client-elasticache';
import type { FakeAccount } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const CLUSTER_ARN = (id: string) => `arn:aws:elasticache:${PARITY_REGION}:${PARITY_ACCOUNT}:cluster:${id}`;
const BASE = { CacheNodeType: 'cache.t4g.micro', NumCacheNodes: 1 };

function addCluster(account: FakeAccount, id: string, settings: Partial<CacheCluster>): void {
  const region = (account.regions[PARITY_REGION] ??= {});
  const elasticache = (region.elasticache ??= { replicationGroups: [] });
  (elasticache.cacheClusters ??= []).push({
    CacheClusterId: id,
    ARN: CLUSTER_ARN(id),
    CacheClusterStatus: 'available',
    ...settings,
  });
}

function template(logicalId: string, properties: Record<string, unknown>) {
  return {
    logicalId,
    resources: {
      [logicalId]: { Type: 'AWS::ElastiCache::CacheCluster', Properties: { ...BASE, ...properties } },
    },
  };
}

parityCases('elasticache-redis-in-transit-encryption', [
  {
    name: 'a Memcached cluster created without TransitEncryptionEnabled',
    status: 'FAIL',
    template: template('PlainMemcached', { Engine: 'memcached' }),
    live: {
      id: CLUSTER_ARN('plain-memcached'),
      add: (account) =>
        addCluster(account, 'plain-memcached', { Engine: 'memcached', TransitEncryptionEnabled: false }),
    },
  },
  {
    name: 'a standalone Redis cluster with in-transit encryption',
    status: 'PASS',
    template: template('TlsRedis', { Engine: 'redis', TransitEncryptionEnabled: true }),
    live: {
      id: CLUSTER_ARN('tls-redis'),
      add: (account) =>
        addCluster(account, 'tls-redis', {
          Engine: 'redis',
          TransitEncryptionEnabled: true,
          SnapshotRetentionLimit: 0,
        }),
    },
  },
]);

parityCases('elasticache-redis-backups', [
  {
    name: 'a standalone Redis cluster created without SnapshotRetentionLimit',
    status: 'FAIL',
    template: template('NoBackupRedis', { Engine: 'redis' }),
    live: {
      id: CLUSTER_ARN('nobackup-redis'),
      add: (account) =>
        addCluster(account, 'nobackup-redis', {
          Engine: 'redis',
          TransitEncryptionEnabled: false,
          SnapshotRetentionLimit: 0,
        }),
    },
  },
  {
    name: 'a standalone Valkey cluster keeping seven days',
    status: 'PASS',
    template: template('BackedUpValkey', { Engine: 'valkey', SnapshotRetentionLimit: 7 }),
    live: {
      id: CLUSTER_ARN('backedup-valkey'),
      add: (account) =>
        addCluster(account, 'backedup-valkey', {
          Engine: 'valkey',
          TransitEncryptionEnabled: false,
          SnapshotRetentionLimit: 7,
        }),
    },
  },
  {
    name: 'a Memcached cluster: no snapshots to judge',
    status: 'NOT_APPLICABLE',
    template: template('Memcached', { Engine: 'memcached' }),
    live: {
      id: CLUSTER_ARN('memcached'),
      add: (account) =>
        addCluster(account, 'memcached', { Engine: 'memcached', TransitEncryptionEnabled: false }),
    },
  },
]);
