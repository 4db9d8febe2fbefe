import {
  defineRule,
  fail,
  notApplicable,
  pass,
  ROOT_CAUSE_RULE,
  undetermined,
} from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { ENCRYPTED_STORE_TYPES } from '../../src/inventory/model.js';
import { atRestLevel, describeLevel, isAuroraMember, levelEvidence } from '../lib/encryption.js';

export default defineRule({
  id: 'storage-encrypted-with-cmk',
  title: 'Data stores are encrypted with a customer-managed KMS key',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.7'],
  family: 'encryption',
  appliesTo: ENCRYPTED_STORE_TYPES,
  reads: ['kms-key'],
  rationale:
    'With a customer-managed key the organization decides who may decrypt (key policy), can disable or schedule ' +
    'deletion of the key to cut off access, and sees every use in CloudTrail. AWS-owned and AWS-managed keys ' +
    'give none of that control, so access to the data cannot be separated from access to the service.',
  remediation: {
    summary: 'Create a customer-managed KMS key (with rotation) and reference it from the store.',
    cloudformation:
      'RDS: `KmsKeyId`; EBS: `KmsKeyId`; S3: `BucketEncryption` with `SSEAlgorithm: aws:kms` and `KMSMasterKeyID`; ' +
      'DynamoDB: `SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId}`; SNS/SQS: `KmsMasterKeyId`; Logs: `KmsKeyId`; ' +
      'ElastiCache: `KmsKeyId` with `AtRestEncryptionEnabled: true` on the `AWS::ElastiCache::ReplicationGroup` (set at creation only).',
    cdk:
      'const key = new kms.Key(this, "Key", { enableKeyRotation: true }); new s3.Bucket(this, "B", { encryption: s3.BucketEncryption.KMS, encryptionKey: key }); ' +
      'new elasticache.CfnReplicationGroup(this, "Cache", { atRestEncryptionEnabled: true, kmsKeyId: key.keyId, ... })',
    cli:
      'aws kms create-key --description "data at rest"; aws logs associate-kms-key --log-group-name <name> --kms-key-id <key-arn>; ' +
      'aws elasticache create-replication-group --at-rest-encryption-enabled --kms-key-id <key-arn> --snapshot-name <backup> ... (ElastiCache: a new group)',
  },
  equivalents: {
    checkov: ['CKV_AWS_119', 'CKV_AWS_158', 'CKV_AWS_191'],
    cfnNag: ['W74', 'W84'],
    cdkNag: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted'],
    prowler: [
      'dynamodb_tables_kms_cmk_encryption_enabled',
      'cloudwatch_log_group_kms_encryption_enabled',
      's3_bucket_kms_encryption',
    ],
    steampipe: [
      'dynamodb_table_encrypted_with_kms',
      'log_group_encryption_at_rest_enabled',
      's3_bucket_default_encryption_enabled_kms',
      'elasticache_replication_group_encryption_at_rest_enabled_with_kms_cmk',
    ],
  },
  evaluate(store, inventory) {
    const member = isAuroraMember(store);
    if (member === true) {
      return notApplicable('Aurora cluster member: storage encryption is set on its DB cluster');
    }
    if (isUnknown(store.encryption)) return undetermined(store.encryption);
    const level = atRestLevel(store.encryption, inventory);
    switch (level.level) {
      case 'customer-managed':
        return pass(describeLevel(level), levelEvidence(level));
      case 'kms (manager unknown)':
        return undetermined(`${describeLevel(level)}: ${level.reason}`, levelEvidence(level));
      default:
        if (isUnknown(member)) {
          return undetermined(
            `${describeLevel(level)} on the instance, but whether it belongs to an Aurora cluster is unknown: ${member.reason}`,
          );
        }
        if (level.level === 'unencrypted') {
          // One root cause, one failure: storage-encrypted fails this store; a second FAIL here would double-count it.
          return notApplicable(
            'not encrypted at rest at all: see storage-encrypted, which fails it; choose a customer-managed KMS key when turning encryption on',
            { ...levelEvidence(level), [ROOT_CAUSE_RULE]: 'storage-encrypted' },
          );
        }
        return fail(`${describeLevel(level)}, not a customer-managed KMS key`, levelEvidence(level));
    }
  },
});
