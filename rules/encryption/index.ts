import type { Rule } from '../../src/engine/rule.js';
import dbSnapshotsEncrypted from './db-snapshots-encrypted.js';
import ebsSnapshotEncrypted from './ebs-snapshot-encrypted.js';
import apigatewayCacheEncrypted from './apigateway-cache-encrypted.js';
import glueJobS3Encryption from './glue-job-s3-encryption.js';
import glueJobCloudwatchLogsEncryption from './glue-job-cloudwatch-logs-encryption.js';
import ebsEncryptionByDefault from './ebs-encryption-by-default.js';
import kmsKeyRotation from './kms-key-rotation.js';
import storageEncrypted from './storage-encrypted.js';
import storageEncryptedWithCmk from './storage-encrypted-with-cmk.js';
import redshiftClusterEncrypted from './redshift-cluster-encrypted.js';
import opensearchDomainEncrypted from './opensearch-domain-encrypted.js';
import kinesisStreamEncrypted from './kinesis-stream-encrypted.js';
import sagemakerNotebookEncryptedWithKms from './sagemaker-notebook-encrypted-with-kms.js';
import sagemakerEndpointConfigEncryptedWithKms from './sagemaker-endpoint-config-encrypted-with-kms.js';
import kmsKeyNotPendingDeletion from './kms-key-not-pending-deletion.js';
import backupVaultEncryptedCmk from './backup-vault-encrypted-cmk.js';
import backupRecoveryPointEncrypted from './backup-recovery-point-encrypted.js';

export const encryptionRules: readonly Rule[] = [
  storageEncrypted,
  storageEncryptedWithCmk,
  kmsKeyRotation,
  ebsEncryptionByDefault,
  glueJobS3Encryption,
  glueJobCloudwatchLogsEncryption,
  apigatewayCacheEncrypted,
  redshiftClusterEncrypted,
  opensearchDomainEncrypted,
  kinesisStreamEncrypted,
  sagemakerNotebookEncryptedWithKms,
  sagemakerEndpointConfigEncryptedWithKms,
  ebsSnapshotEncrypted,
  kmsKeyNotPendingDeletion,
  backupVaultEncryptedCmk,
  backupRecoveryPointEncrypted,
  dbSnapshotsEncrypted,
] as Rule[];
