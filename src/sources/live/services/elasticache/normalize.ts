import { unknown } from '../../../../inventory/maybe.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import {
  elastiCacheClusterEncryption,
  elastiCacheGroupEncryption,
} from '../../../../inventory/facts/analytics.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_CACHE_CLUSTERS, DESCRIBE_REPLICATION_GROUPS } from './calls.js';

export function normalizeElastiCache(out: Output): void {
  const groups = out
    .list(DESCRIBE_REPLICATION_GROUPS, ['elasticache-replication-group'])
    .flatMap((page) => page.ReplicationGroups ?? []);
  for (const group of groups) {
    const name = group.ReplicationGroupId;
    if (!name) continue;
    const place = describePlace(`ElastiCache replication group ${name}`);
    const arn =
      group.ARN ?? `arn:${out.partition}:elasticache:${out.region}:${out.account}:replicationgroup:${name}`;
    out.add({
      type: 'elasticache-replication-group',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      encryption: elastiCacheGroupEncryption(
        {
          atRestEnabled: group.AtRestEncryptionEnabled,
          storageEncryptionType: group.StorageEncryptionType,
          keyId: group.KmsKeyId,
        },
        place,
      ),
      transitEncryption: setting(group.TransitEncryptionEnabled, place, 'TransitEncryptionEnabled'),
      snapshotRetentionDays: setting(group.SnapshotRetentionLimit, place, 'SnapshotRetentionLimit'),
    });
  }
  normalizeStandaloneClusters(out);
}

/** Cache clusters outside any replication group (a member's settings are judged through its group). */
function normalizeStandaloneClusters(out: Output): void {
  const clusters = out
    .list(DESCRIBE_CACHE_CLUSTERS, ['elasticache-cache-cluster'])
    .flatMap((page) => page.CacheClusters ?? []);
  for (const cluster of clusters) {
    const name = cluster.CacheClusterId;
    if (!name || cluster.ReplicationGroupId) continue;
    const what = `ElastiCache cache cluster ${name}`;
    const place = describePlace(what);
    const arn =
      cluster.ARN ?? `arn:${out.partition}:elasticache:${out.region}:${out.account}:cluster:${name}`;
    const engine = cluster.Engine?.toLowerCase();
    const engineFact = engine ?? unknown(`${what}: Engine was not returned`);
    out.add({
      type: 'elasticache-cache-cluster',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      engine: engineFact,
      encryption: elastiCacheClusterEncryption(cluster.AtRestEncryptionEnabled, engineFact, place),
      transitEncryption: setting(cluster.TransitEncryptionEnabled, place, 'TransitEncryptionEnabled'),
      snapshotRetentionDays:
        engine === 'memcached'
          ? undefined
          : setting(cluster.SnapshotRetentionLimit, place, 'SnapshotRetentionLimit'),
    });
  }
}
