import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster, kindOf } from '../lib/database.js';

/** Engines with IAM database authentication (MySQL, MariaDB, PostgreSQL and their Aurora editions). */
const IAM_AUTH_ENGINES = /^(aurora|aurora-mysql|aurora-postgresql|mysql|mariadb|postgres)$/;

export default defineRule({
  id: 'db-iam-authentication',
  title: 'Databases accept IAM database authentication',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'With IAM database authentication people and services connect with short-lived tokens tied to their IAM identity ' +
    'instead of long-lived shared database passwords, so access is granted, logged and revoked in one place.',
  remediation: {
    summary:
      'Turn on IAM database authentication and grant rds-db:connect to the roles that need it (MySQL, MariaDB, PostgreSQL, Aurora).',
    cloudformation: 'AWS::RDS::DBInstance / AWS::RDS::DBCluster: `EnableIAMDatabaseAuthentication: true`',
    cdk: 'new rds.DatabaseInstance(this, "Db", { iamAuthentication: true, ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately',
  },
  equivalents: {
    checkov: ['CKV_AWS_161', 'CKV_AWS_162'],
    guard: ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED'],
    cdkNag: ['NIST.800.53.R5-RDSInstanceIAMAuthentication'],
    prowler: ['rds_instance_iam_authentication_enabled'],
    steampipe: ['rds_db_instance_iam_authentication_enabled'],
    fsbp: ['RDS.10', 'RDS.12'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'IAM database authentication');
    if (byCluster) return byCluster;
    if (isUnknown(db.engine)) return undetermined(db.engine);
    if (db.engine !== undefined && !IAM_AUTH_ENGINES.test(db.engine)) {
      return notApplicable(`engine ${db.engine} has no IAM database authentication`, { engine: db.engine });
    }
    if (isUnknown(db.iamDatabaseAuthentication)) return undetermined(db.iamDatabaseAuthentication);
    const evidence = { engine: db.engine ?? null, iamDatabaseAuthentication: db.iamDatabaseAuthentication };
    return db.iamDatabaseAuthentication
      ? pass(`${kindOf(db)} accepts IAM database authentication`, evidence)
      : fail(`${kindOf(db)} accepts database passwords only: IAM database authentication is off`, evidence);
  },
});
