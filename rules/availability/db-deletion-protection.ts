import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster, kindOf } from '../lib/database.js';

export default defineRule({
  id: 'db-deletion-protection',
  title: 'Databases have deletion protection',
  severity: 'medium',
  criteria: ['A1.2', 'C1.1'],
  family: 'availability',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'Deletion protection makes RDS refuse to delete the database until the setting is turned off, so a mistaken ' +
    'console click, script or stack deletion cannot destroy it (and its automated backups) in one step.',
  remediation: {
    summary: 'Turn on deletion protection on every production DB instance and DB cluster.',
    cloudformation: 'AWS::RDS::DBInstance / AWS::RDS::DBCluster: `DeletionProtection: true`',
    cdk: 'new rds.DatabaseCluster(this, "Db", { deletionProtection: true, ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --deletion-protection --apply-immediately (clusters: modify-db-cluster)',
  },
  equivalents: {
    checkov: ['CKV_AWS_293', 'CKV_AWS_139'],
    guard: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED'],
    cdkNag: ['AwsSolutions-RDS10'],
    prowler: ['rds_instance_deletion_protection', 'rds_cluster_deletion_protection'],
    steampipe: ['rds_db_instance_deletion_protection_enabled', 'rds_db_cluster_deletion_protection_enabled'],
    fsbp: ['RDS.8', 'RDS.7'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'deletion protection');
    if (byCluster) return byCluster;
    if (isUnknown(db.deletionProtection)) return undetermined(db.deletionProtection);
    const evidence = { deletionProtection: db.deletionProtection };
    return db.deletionProtection
      ? pass(`${kindOf(db)} has deletion protection`, evidence)
      : fail(`${kindOf(db)} can be deleted: DeletionProtection is false`, evidence);
  },
});
