import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'elasticache-redis-backups',
  title:
    'ElastiCache Redis OSS / Valkey replication groups and clusters keep automatic backups for at least {minRetentionDays} days',
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['elasticache-replication-group', 'elasticache-cache-cluster'],
  settings: {
    minRetentionDays: {
      kind: 'days',
      describe: 'The fewest days of automatic backups a cluster may keep (SnapshotRetentionLimit)',
      default: 7,
      /** 35 is the longest SnapshotRetentionLimit ElastiCache accepts. */
      min: 1,
      max: 35,
    },
  },
  rationale:
    'A cache used as a data store (sessions, queues, leaderboards) loses its contents with its nodes unless it is ' +
    'backed up. Automatic backups are off by default; {minRetentionDays} days of them allow recovery from a bad write found late.',
  remediation: {
    summary: 'Set the snapshot retention limit to {minRetentionDays} days or more.',
    cloudformation:
      'AWS::ElastiCache::ReplicationGroup or AWS::ElastiCache::CacheCluster: `SnapshotRetentionLimit: {minRetentionDays}`',
    cli:
      'aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit {minRetentionDays} ' +
      '(a standalone cluster: aws elasticache modify-cache-cluster --cache-cluster-id <id> --snapshot-retention-limit {minRetentionDays})',
  },
  equivalents: {
    prowler: ['elasticache_redis_cluster_backup_enabled'],
  },
  evaluate(cache, _inventory, { minRetentionDays }) {
    if (cache.type === 'elasticache-cache-cluster') {
      if (isUnknown(cache.engine)) return undetermined(cache.engine);
      if (cache.engine === 'memcached') return notApplicable('Memcached clusters have no snapshots');
    }
    const days = cache.snapshotRetentionDays;
    if (isUnknown(days)) return undetermined(days);
    if (days === undefined)
      return undetermined(
        `${cache.name ?? cache.id}: a Redis OSS / Valkey cluster without a snapshot retention`,
      );
    const evidence = { retentionDays: days, minimumDays: minRetentionDays };
    if (days === 0) return fail('automatic backups are off', evidence);
    return days >= minRetentionDays
      ? pass(`automatic backups are kept ${days} ${days === 1 ? 'day' : 'days'}`, evidence)
      : fail(`automatic backups are kept only ${days} day(s), under ${minRetentionDays}`, evidence);
  },
});
