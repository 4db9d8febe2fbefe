import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'elasticache-redis-in-transit-encryption',
  title:
    'ElastiCache replication groups and cache clusters (Redis OSS, Valkey, Memcached) encrypt data in transit',
  severity: 'medium',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['elasticache-replication-group', 'elasticache-cache-cluster'],
  rationale:
    'Caches often hold session tokens and personal data. Without in-transit encryption, clients and replicas ' +
    'exchange them in clear text; replication groups and clusters are created without it unless asked.',
  remediation: {
    summary:
      'Enable in-transit encryption (in place on Redis OSS 7+ / Valkey with TransitEncryptionMode preferred, then required).',
    cloudformation:
      'AWS::ElastiCache::ReplicationGroup or AWS::ElastiCache::CacheCluster: `TransitEncryptionEnabled: true`',
    cdk: 'new elasticache.CfnReplicationGroup(this, "Cache", { transitEncryptionEnabled: true, ... })',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode preferred',
  },
  equivalents: {
    checkov: ['CKV_AWS_30'],
    prowler: ['elasticache_redis_cluster_in_transit_encryption_enabled'],
    steampipe: ['elasticache_replication_group_encryption_in_transit_enabled'],
    fsbp: ['ElastiCache.5'],
  },
  evaluate(cache) {
    if (isUnknown(cache.transitEncryption)) return undetermined(cache.transitEncryption);
    return cache.transitEncryption
      ? pass('in-transit encryption is enabled', { transitEncryption: true })
      : fail('in-transit encryption is disabled', { transitEncryption: false });
  },
});
