import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { atRestLevel, describeLevel, levelEvidence } from '../lib/encryption.js';

export default defineRule({
  id: 'redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['redshift-cluster'],
  reads: ['kms-key'],
  rationale:
    'A data warehouse holds copies of most business data; encryption at rest protects its disks, automated and ' +
    "manual snapshots and backups in S3. This rule checks encryption only: Steampipe's " +
    'redshift_cluster_encryption_logging_enabled also requires audit logging, which redshift-cluster-audit-logging checks.',
  remediation: {
    summary:
      'Encrypt the cluster (Redshift can encrypt an existing cluster in place; new clusters are encrypted by default).',
    cloudformation: 'AWS::Redshift::Cluster: `Encrypted: true` (optionally `KmsKeyId`)',
    cdk: 'new redshift.Cluster(this, "Warehouse", { encrypted: true, encryptionKey: key, ... })',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --encrypted [--kms-key-id <key>]',
  },
  equivalents: {
    checkov: ['CKV_AWS_64'],
    prowler: ['redshift_cluster_encrypted_at_rest'],
    fsbp: ['Redshift.10'],
  },
  evaluate(cluster, inventory) {
    if (isUnknown(cluster.encryption)) return undetermined(cluster.encryption);
    const level = atRestLevel(cluster.encryption, inventory);
    if (level.level === 'unencrypted') return fail(describeLevel(level), levelEvidence(level));
    return pass(describeLevel(level), levelEvidence(level));
  },
});
