/**
 * ElastiCache cache clusters outside replication groups (Memcached, standalone Redis OSS / Valkey):
 * DescribeCacheClusters brings them to the ElastiCache rules, a member of a replication group is
 * judged once (through its group), and a DescribeCacheClusters that fails leaves them UNKNOWN.
 */
import type { CacheCluster } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { emptyAccount, type FakeAccount, type FaultKind } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const R = 'us-east-1:111122223333';
const RULES = ['elasticache-redis-in-transit-encryption', 'elasticache-redis-backups'];
const clusterArn = (id: string) => `arn:aws:elasticache:${R}:cluster:${id}`;

function cluster(id: string, settings: Partial<CacheCluster>): CacheCluster {
  return { CacheClusterId: id, ARN: clusterArn(id), CacheClusterStatus: 'available', ...settings };
}

function cacheAccount(): FakeAccount {
  const account = emptyAccount();
  account.regions['us-east-1'] = {
    elasticache: {
      replicationGroups: [
        {
          ReplicationGroupId: 'grouped',
          ARN: `arn:aws:elasticache:${R}:replicationgroup:grouped`,
          Engine: 'redis',
          TransitEncryptionEnabled: true,
          SnapshotRetentionLimit: 7,
        },
      ],
      cacheClusters: [
        cluster('sessions', { Engine: 'memcached', TransitEncryptionEnabled: false }),
        cluster('tls-memcached', { Engine: 'memcached', TransitEncryptionEnabled: true }),
        cluster('memcached-unread', { Engine: 'memcached' }),
        cluster('solo-ok', { Engine: 'redis', TransitEncryptionEnabled: true, SnapshotRetentionLimit: 7 }),
        cluster('solo-bad', { Engine: 'valkey', TransitEncryptionEnabled: false, SnapshotRetentionLimit: 0 }),
        // A member of `grouped`: its group is judged, not it (its own settings would FAIL).
        cluster('grouped-001', {
          Engine: 'redis',
          ReplicationGroupId: 'grouped',
          TransitEncryptionEnabled: false,
          SnapshotRetentionLimit: 0,
        }),
      ],
    },
  };
  return account;
}

function verdictsOf(findings: { ruleId: string; resource: { id: string }; status: string }[]): string[] {
  return findings
    .filter((finding) => RULES.includes(finding.ruleId))
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.resource.id.replace(`arn:aws:elasticache:${R}:`, '')} ${finding.status}`,
    )
    .sort();
}

describe('ElastiCache standalone cache clusters, live', () => {
  it('judges Memcached and standalone Redis / Valkey clusters, and a group member only through its group', async () => {
    const scan = await scanFake(cacheAccount());
    expect(verdictsOf(scan.findings)).toEqual([
      'elasticache-redis-backups cluster:memcached-unread NOT_APPLICABLE',
      'elasticache-redis-backups cluster:sessions NOT_APPLICABLE',
      'elasticache-redis-backups cluster:solo-bad FAIL',
      'elasticache-redis-backups cluster:solo-ok PASS',
      'elasticache-redis-backups cluster:tls-memcached NOT_APPLICABLE',
      'elasticache-redis-backups replicationgroup:grouped PASS',
      'elasticache-redis-in-transit-encryption cluster:memcached-unread UNKNOWN',
      'elasticache-redis-in-transit-encryption cluster:sessions FAIL',
      'elasticache-redis-in-transit-encryption cluster:solo-bad FAIL',
      'elasticache-redis-in-transit-encryption cluster:solo-ok PASS',
      'elasticache-redis-in-transit-encryption cluster:tls-memcached PASS',
      'elasticache-redis-in-transit-encryption replicationgroup:grouped PASS',
    ]);
    const unread = scan.findings.find(
      (finding) => finding.ruleId === RULES[0] && finding.resource.id === clusterArn('memcached-unread'),
    );
    expect(unread?.message).toMatch(/memcached-unread.*TransitEncryptionEnabled/);
  }, 60_000);

  it.each<FaultKind>(['AccessDenied', 'Throttling'])(
    'a DescribeCacheClusters failing with %s leaves the clusters UNKNOWN, never PASS',
    async (kind) => {
      const scan = await scanFake(cacheAccount(), {
        faults: [{ action: 'elasticache:DescribeCacheClusters', kind }],
        live: { maxAttempts: 1 },
      });
      expect(verdictsOf(scan.findings)).toEqual([
        'elasticache-redis-backups elasticache-cache-cluster:* UNKNOWN',
        'elasticache-redis-backups replicationgroup:grouped PASS',
        'elasticache-redis-in-transit-encryption elasticache-cache-cluster:* UNKNOWN',
        'elasticache-redis-in-transit-encryption replicationgroup:grouped PASS',
      ]);
      for (const finding of scan.findings.filter((f) => f.resource.id === 'elasticache-cache-cluster:*'))
        expect(finding.message).toMatch(/elasticache:DescribeCacheClusters/);
      expect(scan.incompleteExit).toBe(3);
    },
    60_000,
  );
});
