/**
 * AWS::ElastiCache::CacheCluster (Memcached, or Redis OSS / Valkey without a replication group)
 * reaches the ElastiCache rules: unset properties take AWS's create-time defaults, an unresolved
 * value is UNKNOWN, and Memcached, which has no snapshots, is not judged on backups.
 */
import { ruleCases } from '../support/rule-cases.js';

const cluster = (properties: string) => `
Parameters:
  Engine: { Type: String }
  Tls: { Type: String, AllowedValues: ['true', 'false'] }
  Days: { Type: Number }
Resources:
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      CacheNodeType: cache.t4g.micro
      NumCacheNodes: 1
${properties}`;

/** A plain Redis cluster adopted as the primary of an encrypted replication group. */
const adopted = (primary: string) => `
Resources:
  Primary:
    Type: AWS::ElastiCache::CacheCluster
    Properties: { ClusterName: primary-node, Engine: redis, CacheNodeType: cache.t4g.micro, NumCacheNodes: 1 }
  Group:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: cache
      PrimaryClusterId: ${primary}
      TransitEncryptionEnabled: true
      SnapshotRetentionLimit: 7`;

ruleCases('elasticache-redis-in-transit-encryption', {
  pass: [
    // Every finding PASSes: the member is judged through its group only, as live skips members.
    { name: 'a cluster adopted by a replication group (Ref)', template: adopted('!Ref Primary') },
    { name: 'a cluster adopted by a replication group (its name)', template: adopted('primary-node') },
    {
      name: 'Memcached with TransitEncryptionEnabled',
      template: cluster('      Engine: memcached\n      TransitEncryptionEnabled: true'),
    },
    {
      name: 'Redis with TransitEncryptionEnabled',
      template: cluster('      Engine: redis\n      TransitEncryptionEnabled: true'),
    },
  ],
  fail: [
    {
      name: 'Memcached without TransitEncryptionEnabled (off by default)',
      template: cluster('      Engine: memcached'),
      message: 'disabled',
    },
    {
      name: 'Valkey with TransitEncryptionEnabled false',
      template: cluster('      Engine: valkey\n      TransitEncryptionEnabled: false'),
    },
  ],
  unknown: [
    {
      name: 'TransitEncryptionEnabled from a parameter without a value',
      template: cluster('      Engine: redis\n      TransitEncryptionEnabled: !Ref Tls'),
      message: /Cache\.TransitEncryptionEnabled/,
    },
  ],
});

ruleCases('elasticache-redis-backups', {
  pass: [
    {
      name: 'Redis keeping 7 days of snapshots',
      template: cluster('      Engine: redis\n      SnapshotRetentionLimit: 7'),
    },
  ],
  fail: [
    {
      name: 'Redis without SnapshotRetentionLimit (backups off by default)',
      template: cluster('      Engine: redis'),
      message: 'off',
    },
    {
      name: 'Valkey keeping 1 day',
      template: cluster('      Engine: Valkey\n      SnapshotRetentionLimit: 1'),
    },
  ],
  notApplicable: [
    {
      name: 'Memcached has no snapshots',
      template: cluster('      Engine: memcached'),
      message: 'Memcached',
    },
    { name: 'Memcached, engine written in capitals', template: cluster('      Engine: Memcached') },
  ],
  unknown: [
    {
      name: 'an engine from a parameter without a value (Memcached or Redis is not known)',
      template: cluster('      Engine: !Ref Engine\n      SnapshotRetentionLimit: 7'),
      message: /Cache\.Engine/,
    },
    {
      name: 'Redis whose retention comes from a parameter without a value',
      template: cluster('      Engine: redis\n      SnapshotRetentionLimit: !Ref Days'),
      message: /Cache\.SnapshotRetentionLimit/,
    },
  ],
});
