import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster } from '../lib/database.js';

export default defineRule({
  id: 'db-backups-enabled',
  title: 'Databases keep automated backups',
  severity: 'high',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'Automated backups are what point-in-time restore is made from: with a retention period of 0 RDS takes no daily ' +
    'snapshot and keeps no transaction logs, so a dropped table or a corrupted write can only be undone from a manual snapshot, if one exists.',
  remediation: {
    summary: 'Set a backup retention period of at least 1 day (7 or more for production data).',
    cloudformation: 'AWS::RDS::DBInstance / AWS::RDS::DBCluster: `BackupRetentionPeriod: 7`',
    cdk: 'new rds.DatabaseInstance(this, "Db", { backupRetention: cdk.Duration.days(7), ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period 7 --apply-immediately',
  },
  equivalents: {
    checkov: ['CKV_AWS_133'],
    guard: ['DB_INSTANCE_BACKUP_ENABLED'],
    prowler: ['rds_instance_backup_enabled'],
    steampipe: ['rds_db_instance_backup_enabled'],
    fsbp: ['RDS.11'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'the backup retention period');
    if (byCluster) return byCluster;
    if (isUnknown(db.backupRetentionDays)) return undetermined(db.backupRetentionDays);
    const evidence = { backupRetentionDays: db.backupRetentionDays };
    const replicaOf = db.type === 'rds-db-instance' ? db.readReplicaSource : undefined;
    if (db.backupRetentionDays < 1 && typeof replicaOf === 'string') {
      // As Prowler (check_rds_instance_replicas) and AWS Config (checkReadReplicas) do by default.
      return notApplicable(
        `a read replica of ${replicaOf}: RDS creates replicas without automated backups (PostgreSQL and Oracle replicas cannot keep any); the source's backups are checked on the source`,
        { ...evidence, readReplicaSource: replicaOf },
      );
    }
    if (db.backupRetentionDays < 1) {
      return fail('BackupRetentionPeriod is 0: automated backups are off', evidence);
    }
    return pass(`automated backups kept ${db.backupRetentionDays} day(s)`, evidence);
  },
});
