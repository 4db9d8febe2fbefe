import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { ENCRYPTED_STORE_TYPES } from '../../src/inventory/model.js';
import { atRestLevel, describeLevel, isAuroraMember, levelEvidence } from '../lib/encryption.js';

export default defineRule({
  id: 'storage-encrypted',
  title: 'Data stores are encrypted at rest',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.7'],
  family: 'encryption',
  appliesTo: ENCRYPTED_STORE_TYPES,
  reads: ['kms-key'],
  rationale:
    'Encryption at rest keeps data unreadable on lost or improperly disposed media and in copied snapshots, and puts ' +
    'access to it behind KMS key permissions. RDS, EBS, EFS, SNS and ElastiCache Redis OSS stores are unencrypted ' +
    'unless encryption is requested (a standalone ElastiCache cluster and node-based Memcached cannot be encrypted at ' +
    'rest: their sync and swap disks stay plain); the evidence states the level reached: AWS-owned default key, ' +
    'AWS-managed KMS key or customer-managed KMS key.',
  remediation: {
    summary:
      'Turn on encryption at rest when the store is created (RDS, EBS, EFS and ElastiCache cannot be encrypted in place: ' +
      'copy or restore into an encrypted resource; ElastiCache: restore a backup into a new replication group with ' +
      'at-rest encryption, or move Memcached to a serverless cache, which is always encrypted).',
    cloudformation:
      'RDS: `StorageEncrypted: true`; EBS: `Encrypted: true`; EFS: `Encrypted: true`; SNS/SQS: `KmsMasterKeyId` ' +
      '(SQS also `SqsManagedSseEnabled: true`); S3: `BucketEncryption`; DynamoDB: `SSESpecification`; Logs: `KmsKeyId`; ' +
      'ElastiCache: an `AWS::ElastiCache::ReplicationGroup` with `AtRestEncryptionEnabled: true` (not a standalone ' +
      '`AWS::ElastiCache::CacheCluster`, which has no at-rest setting).',
    cdk:
      'new rds.DatabaseInstance(this, "Db", { storageEncrypted: true, ... }); new efs.FileSystem(this, "Fs", { encrypted: true, ... }); ' +
      'new elasticache.CfnReplicationGroup(this, "Cache", { atRestEncryptionEnabled: true, ... })',
    cli:
      'aws ec2 enable-ebs-encryption-by-default; aws rds restore-db-instance-from-db-snapshot ... (from an encrypted snapshot copy); ' +
      'aws elasticache create-replication-group --at-rest-encryption-enabled --snapshot-name <backup> ...',
  },
  equivalents: {
    checkov: [
      'CKV_AWS_16',
      'CKV_AWS_96',
      'CKV_AWS_3',
      'CKV_AWS_19',
      'CKV_AWS_42',
      'CKV_AWS_27',
      'CKV_AWS_26',
      'CKV_AWS_29',
    ],
    cfnNag: ['F26', 'F27', 'F1', 'W41', 'F32', 'W48', 'W47', 'F25'],
    guard: [
      'RDS_STORAGE_ENCRYPTED',
      'ENCRYPTED_VOLUMES',
      'EFS_ENCRYPTED_CHECK',
      'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED',
      'SNS_ENCRYPTED_KMS',
      'ELASTICACHE_REPLICATION_GROUP_ENCRYPTION_AT_REST',
    ],
    cdkNag: [
      'AwsSolutions-RDS2',
      'NIST.800.53.R5-RDSStorageEncrypted',
      'AwsSolutions-EC26',
      'AwsSolutions-EFS1',
      'NIST.800.53.R5-EFSEncrypted',
      'AwsSolutions-SQS2',
      'NIST.800.53.R5-SNSEncryptedKMS',
    ],
    prowler: [
      'rds_instance_storage_encrypted',
      'ec2_ebs_volume_encryption',
      's3_bucket_default_encryption',
      'efs_encryption_at_rest_enabled',
      'sqs_queues_server_side_encryption_enabled',
      'sns_topics_kms_encryption_at_rest_enabled',
      'rds_cluster_storage_encrypted',
      'elasticache_redis_cluster_rest_encryption_enabled',
    ],
    steampipe: [
      's3_bucket_default_encryption_enabled',
      'ebs_attached_volume_encryption_enabled',
      'ebs_volume_encryption_at_rest_enabled',
      'rds_db_instance_encryption_at_rest_enabled',
      'rds_db_cluster_encryption_at_rest_enabled',
      'efs_file_system_encrypt_data_at_rest',
      'sns_topic_encrypted_at_rest',
      'sqs_queue_encrypted_at_rest',
      'elasticache_replication_group_encryption_at_rest_enabled',
    ],
    fsbp: ['EC2.3', 'RDS.3', 'RDS.27', 'EFS.1', 'SQS.1', 'ElastiCache.4'],
  },
  evaluate(store, inventory) {
    const member = isAuroraMember(store);
    if (member === true) {
      return notApplicable('Aurora cluster member: storage encryption is set on its DB cluster');
    }
    if (isUnknown(store.encryption)) return undetermined(store.encryption);
    const level = atRestLevel(store.encryption, inventory);
    if (level.level === 'unencrypted') {
      if (isUnknown(member)) {
        return undetermined(
          `not encrypted on the instance, but whether it belongs to an Aurora cluster (which would carry the encryption) is unknown: ${member.reason}`,
        );
      }
      if (store.type === 'elasticache-cache-cluster' && store.engine === 'memcached') {
        return fail(
          'not encrypted at rest: a node-based Memcached cluster cannot be (ElastiCache encrypts Memcached at rest only in serverless caches)',
          levelEvidence(level),
        );
      }
      return fail(describeLevel(level), levelEvidence(level));
    }
    return pass(describeLevel(level), levelEvidence(level));
  },
});
