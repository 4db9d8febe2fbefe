import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'db-snapshots-encrypted',
  title: 'Database snapshots are encrypted',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['rds-db-snapshot'],
  sources: ['live'],
  rationale:
    'A snapshot is a full copy of the database. An unencrypted one can be copied, shared or restored by anyone ' +
    'with RDS permissions, without any KMS key permission standing in the way. Covers RDS, Aurora and Neptune snapshots.',
  remediation: {
    summary:
      'Copy the snapshot with a KMS key (copy-db-snapshot --kms-key-id), delete the unencrypted one, and encrypt the source database.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <id> --target-db-snapshot-identifier <id>-enc --kms-key-id <key> (clusters: copy-db-cluster-snapshot)',
  },
  equivalents: {
    prowler: ['rds_snapshots_encrypted', 'neptune_cluster_snapshot_encrypted'],
    steampipe: [
      'rds_db_snapshot_encrypted_at_rest',
      'neptune_db_cluster_snapshot_encryption_at_rest_enabled',
    ],
    fsbp: ['RDS.4', 'Neptune.6'],
  },
  evaluate(snapshot) {
    if (isUnknown(snapshot.encrypted)) return undetermined(snapshot.encrypted);
    const evidence = { kind: snapshot.kind, encrypted: snapshot.encrypted };
    return snapshot.encrypted
      ? pass('the snapshot is encrypted', evidence)
      : fail('the snapshot is not encrypted', evidence);
  },
});
