/**
 * ElastiCache at rest (storage-encrypted, storage-encrypted-with-cmk): a replication group is
 * encrypted only with AtRestEncryptionEnabled (unset: off for Redis OSS, undecided for Valkey or
 * an unknown engine); a standalone AWS::ElastiCache::CacheCluster has no at-rest setting, so it is
 * unencrypted, whatever its engine; an unresolved value is UNKNOWN, never PASS.
 */
import { ruleCases } from '../support/rule-cases.js';

const group = (properties: string) => `
Parameters:
  Engine: { Type: String }
  AtRest: { Type: String, AllowedValues: ['true', 'false'] }
  KeyArn: { Type: String }
  Primary: { Type: String }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      CacheNodeType: cache.t4g.micro
${properties}`;

const cluster = (engine: string) => `
Parameters:
  Engine: { Type: String }
Resources:
  Cache:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: ${engine}
      CacheNodeType: cache.t4g.micro
      NumCacheNodes: 1`;

const ENCRYPTED_WITH_KEY = group(
  '      Engine: redis\n      AtRestEncryptionEnabled: true\n      KmsKeyId: !GetAtt Key.Arn',
);
const ENCRYPTED_DEFAULT_KEY = group('      Engine: valkey\n      AtRestEncryptionEnabled: true');

ruleCases('storage-encrypted', {
  pass: [
    { name: 'a group encrypted with its own KMS key', template: ENCRYPTED_WITH_KEY, resource: 'Cache' },
    {
      name: 'a group encrypted with the service default key',
      template: ENCRYPTED_DEFAULT_KEY,
      resource: 'Cache',
      message: 'AWS-owned',
    },
    {
      name: 'a group encrypted with a key named by a parameter (which key is unknown, not whether)',
      template: group(
        '      Engine: redis\n      AtRestEncryptionEnabled: true\n      KmsKeyId: !Ref KeyArn',
      ),
      resource: 'Cache',
    },
  ],
  fail: [
    {
      name: 'a Redis OSS group without AtRestEncryptionEnabled (off by default)',
      template: group('      Engine: redis'),
      resource: 'Cache',
      message: 'not encrypted at rest',
    },
    {
      name: 'a Valkey group with AtRestEncryptionEnabled false',
      template: group('      Engine: valkey\n      AtRestEncryptionEnabled: false'),
      resource: 'Cache',
    },
    {
      name: 'a standalone Redis OSS cluster (no at-rest setting)',
      template: cluster('redis'),
      resource: 'Cache',
      message: 'not encrypted at rest',
    },
    {
      name: 'a node-based Memcached cluster, which cannot be encrypted at rest',
      template: cluster('memcached'),
      resource: 'Cache',
      message: 'Memcached',
    },
  ],
  unknown: [
    {
      name: 'AtRestEncryptionEnabled from a parameter without a value',
      template: group('      Engine: redis\n      AtRestEncryptionEnabled: !Ref AtRest'),
      resource: 'Cache',
      message: 'AtRest',
    },
    {
      name: 'a Valkey group without AtRestEncryptionEnabled (the API default is not known to apply)',
      template: group('      Engine: valkey'),
      resource: 'Cache',
      message: 'Cache.AtRestEncryptionEnabled is not set',
    },
    {
      name: 'a group without AtRestEncryptionEnabled whose engine is a parameter',
      template: group('      Engine: !Ref Engine'),
      resource: 'Cache',
      message: 'depends on the engine',
    },
    {
      name: 'a group without Engine or AtRestEncryptionEnabled',
      template: group('      NumCacheClusters: 1'),
      resource: 'Cache',
      message: 'neither is Engine',
    },
    {
      name: 'a group adopting an existing primary cluster, even with AtRestEncryptionEnabled',
      template: group('      PrimaryClusterId: !Ref Primary\n      AtRestEncryptionEnabled: true'),
      resource: 'Cache',
      message: 'PrimaryClusterId',
    },
  ],
});

ruleCases('storage-encrypted-with-cmk', {
  pass: [
    {
      name: 'a group encrypted with a customer key of the template',
      template: ENCRYPTED_WITH_KEY,
      resource: 'Cache',
    },
  ],
  fail: [
    {
      // Alone it counts as this rule's failure; in a full scan it is NOT_APPLICABLE beside storage-encrypted's FAIL.
      name: 'an unencrypted standalone cluster',
      template: cluster('redis'),
      resource: 'Cache',
      message: 'not encrypted at rest at all',
    },
    {
      name: 'a group encrypted with the service default key',
      template: ENCRYPTED_DEFAULT_KEY,
      resource: 'Cache',
      message: 'not a customer-managed KMS key',
    },
  ],
  unknown: [
    {
      name: 'a key named by a parameter without a value',
      template: group(
        '      Engine: redis\n      AtRestEncryptionEnabled: true\n      KmsKeyId: !Ref KeyArn',
      ),
      resource: 'Cache',
      message: 'KeyArn',
    },
    {
      name: 'a Valkey group without AtRestEncryptionEnabled',
      template: group('      Engine: valkey'),
      resource: 'Cache',
    },
  ],
});
