/**
 * ElastiCache at rest, live: DescribeReplicationGroups' StorageEncryptionType is the effective state
 * (AtRestEncryptionEnabled may read false on an encrypted group), the flag decides without it, and a
 * field that was not returned is UNKNOWN, never PASS. A standalone Memcached cluster FAILs; a member
 * of a replication group is judged through its group; a failed Describe leaves the caches UNKNOWN.
 */
import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import { describe, expect, it } from 'vitest';
import { kmsKey } from '../../support/aws-server/builders.js';
import { emptyAccount, type FakeAccount, type FaultKind } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const ACCOUNT = '111122223333';
const R = `us-east-1:${ACCOUNT}`;
const RULES = ['storage-encrypted', 'storage-encrypted-with-cmk'];

function group(id: string, settings: Partial<ReplicationGroup>): ReplicationGroup {
  return {
    ReplicationGroupId: id,
    ARN: `arn:aws:elasticache:${R}:replicationgroup:${id}`,
    Engine: 'redis',
    TransitEncryptionEnabled: true,
    SnapshotRetentionLimit: 7,
    ...settings,
  };
}

function cluster(id: string, settings: Partial<CacheCluster>): CacheCluster {
  return {
    CacheClusterId: id,
    ARN: `arn:aws:elasticache:${R}:cluster:${id}`,
    CacheClusterStatus: 'available',
    TransitEncryptionEnabled: false,
    ...settings,
  };
}

function cacheAccount(): FakeAccount {
  const account = emptyAccount();
  account.regions['us-east-1'] = {
    kms: { keys: [kmsKey('us-east-1', ACCOUNT, 'cache-key')] },
    elasticache: {
      replicationGroups: [
        group('flag-unread', {}),
        group('flag-only-off', { AtRestEncryptionEnabled: false }),
        group('flag-only-on', { AtRestEncryptionEnabled: true }),
        // The effective state wins over the flag.
        group('effective-owned', {
          AtRestEncryptionEnabled: false,
          StorageEncryptionType: 'sse-elasticache',
        }),
        group('effective-none', { AtRestEncryptionEnabled: true, StorageEncryptionType: 'none' }),
        group('cmk', {
          AtRestEncryptionEnabled: true,
          StorageEncryptionType: 'sse-kms',
          KmsKeyId: `arn:aws:kms:${R}:key/cache-key`,
        }),
        group('kms-key-unread', { AtRestEncryptionEnabled: true, StorageEncryptionType: 'sse-kms' }),
        group('odd-type', { AtRestEncryptionEnabled: true, StorageEncryptionType: 'sse-future' as 'none' }),
      ],
      cacheClusters: [
        cluster('redis-unread', { Engine: 'redis' }),
        cluster('redis-plain', { Engine: 'redis', AtRestEncryptionEnabled: false }),
        cluster('redis-encrypted', { Engine: 'redis', AtRestEncryptionEnabled: true }),
        cluster('memcached', { Engine: 'memcached', AtRestEncryptionEnabled: false }),
        // Node-based Memcached cannot be encrypted at rest: unencrypted even when the flag is not returned.
        cluster('memcached-unread', { Engine: 'memcached' }),
        // A member of `cmk`: judged through its group only (its own flag would FAIL).
        cluster('cmk-001', { Engine: 'redis', ReplicationGroupId: 'cmk', AtRestEncryptionEnabled: false }),
      ],
    },
  };
  return account;
}

function verdictsOf(findings: { ruleId: string; resource: { id: string }; status: string }[]): string[] {
  return findings
    .filter((finding) => RULES.includes(finding.ruleId) && finding.resource.id.includes('elasticache'))
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.resource.id.replace(`arn:aws:elasticache:${R}:`, '')} ${finding.status}`,
    )
    .sort();
}

describe('ElastiCache at-rest encryption, live', () => {
  it('reads the effective state, and an unread field is UNKNOWN', async () => {
    const scan = await scanFake(cacheAccount());
    expect(verdictsOf(scan.findings)).toEqual([
      'storage-encrypted cluster:memcached FAIL',
      'storage-encrypted cluster:memcached-unread FAIL',
      'storage-encrypted cluster:redis-encrypted PASS',
      'storage-encrypted cluster:redis-plain FAIL',
      'storage-encrypted cluster:redis-unread UNKNOWN',
      'storage-encrypted replicationgroup:cmk PASS',
      'storage-encrypted replicationgroup:effective-none FAIL',
      'storage-encrypted replicationgroup:effective-owned PASS',
      'storage-encrypted replicationgroup:flag-only-off FAIL',
      'storage-encrypted replicationgroup:flag-only-on PASS',
      'storage-encrypted replicationgroup:flag-unread UNKNOWN',
      'storage-encrypted replicationgroup:kms-key-unread PASS',
      'storage-encrypted replicationgroup:odd-type UNKNOWN',
      'storage-encrypted-with-cmk cluster:memcached NOT_APPLICABLE',
      'storage-encrypted-with-cmk cluster:memcached-unread NOT_APPLICABLE',
      'storage-encrypted-with-cmk cluster:redis-encrypted UNKNOWN',
      'storage-encrypted-with-cmk cluster:redis-plain NOT_APPLICABLE',
      'storage-encrypted-with-cmk cluster:redis-unread UNKNOWN',
      'storage-encrypted-with-cmk replicationgroup:cmk PASS',
      'storage-encrypted-with-cmk replicationgroup:effective-none NOT_APPLICABLE',
      'storage-encrypted-with-cmk replicationgroup:effective-owned FAIL',
      'storage-encrypted-with-cmk replicationgroup:flag-only-off NOT_APPLICABLE',
      'storage-encrypted-with-cmk replicationgroup:flag-only-on FAIL',
      'storage-encrypted-with-cmk replicationgroup:flag-unread UNKNOWN',
      'storage-encrypted-with-cmk replicationgroup:kms-key-unread UNKNOWN',
      'storage-encrypted-with-cmk replicationgroup:odd-type UNKNOWN',
    ]);
    const message = (ruleId: string, id: string) =>
      scan.findings.find((finding) => finding.ruleId === ruleId && finding.resource.id.endsWith(id))?.message;
    expect(message('storage-encrypted', 'replicationgroup:flag-unread')).toMatch(
      /flag-unread: AtRestEncryptionEnabled was not returned/,
    );
    expect(message('storage-encrypted', 'cluster:redis-unread')).toMatch(
      /redis-unread: AtRestEncryptionEnabled was not returned/,
    );
    expect(message('storage-encrypted', 'cluster:memcached')).toMatch(/Memcached/);
  }, 60_000);

  it.each<FaultKind>(['AccessDenied', 'Throttling'])(
    'a DescribeReplicationGroups or DescribeCacheClusters failing with %s leaves the caches UNKNOWN, never PASS',
    async (kind) => {
      const scan = await scanFake(cacheAccount(), {
        faults: [
          { action: 'elasticache:DescribeReplicationGroups', kind },
          { action: 'elasticache:DescribeCacheClusters', kind },
        ],
        live: { maxAttempts: 1 },
      });
      expect(verdictsOf(scan.findings)).toEqual([
        'storage-encrypted elasticache-cache-cluster:* UNKNOWN',
        'storage-encrypted elasticache-replication-group:* UNKNOWN',
        'storage-encrypted-with-cmk elasticache-cache-cluster:* UNKNOWN',
        'storage-encrypted-with-cmk elasticache-replication-group:* UNKNOWN',
      ]);
    },
    60_000,
  );
});
