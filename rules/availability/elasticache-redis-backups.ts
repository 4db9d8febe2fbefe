import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const MIN_DAYS = 7;

export default defineRule({
  id: 'elasticache-redis-backups',
  title: `ElastiCache Redis OSS / Valkey replication groups keep automatic backups for at least ${MIN_DAYS} days`,
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['elasticache-replication-group'],
  rationale:
    'A cache used as a data store (sessions, queues, leaderboards) loses its contents with its nodes unless it is ' +
    `backed up. Automatic backups are off by default; ${MIN_DAYS} days of them allow recovery from a bad write found late.`,
  remediation: {
    summary: `Set the snapshot retention limit to ${MIN_DAYS} days or more.`,
    cloudformation: 'AWS::ElastiCache::ReplicationGroup: `SnapshotRetentionLimit: 7`',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --snapshot-retention-limit 7',
  },
  equivalents: {
    prowler: ['elasticache_redis_cluster_backup_enabled'],
  },
  evaluate(group) {
    const days = group.snapshotRetentionDays;
    if (isUnknown(days)) return undetermined(days);
    const evidence = { retentionDays: days, minimumDays: MIN_DAYS };
    if (days === 0) return fail('automatic backups are off', evidence);
    return days >= MIN_DAYS
      ? pass(`automatic backups are kept ${days} days`, evidence)
      : fail(`automatic backups are kept only ${days} day(s)`, evidence);
  },
});
