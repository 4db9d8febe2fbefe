import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster, kindOf } from '../lib/database.js';

export default defineRule({
  id: 'db-log-exports',
  title: 'Databases export their logs to CloudWatch Logs',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'Database logs (audit, error, general, slow query, postgresql) stay on the instance only for a short rotation ' +
    'window and disappear with it. Exported to CloudWatch Logs they are retained, searchable and alarmable, which ' +
    'investigating a failed login storm or a suspicious query needs.',
  remediation: {
    summary:
      "Export the engine's logs to CloudWatch Logs (MySQL/MariaDB: audit, error, slowquery; PostgreSQL: postgresql; " +
      'Aurora: on the cluster).',
    cloudformation:
      'AWS::RDS::DBInstance / AWS::RDS::DBCluster: `EnableCloudwatchLogsExports: [postgresql]` (or audit, error, general, slowquery)',
    cdk: 'new rds.DatabaseInstance(this, "Db", { cloudwatchLogsExports: ["postgresql"], ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\'',
  },
  equivalents: {
    checkov: ['CKV_AWS_129'],
    guard: ['RDS_LOGGING_ENABLED'],
    cdkNag: ['NIST.800.53.R5-RDSLoggingEnabled'],
    prowler: ['rds_instance_integration_cloudwatch_logs', 'rds_cluster_integration_cloudwatch_logs'],
    steampipe: ['rds_db_instance_logging_enabled', 'rds_db_cluster_aurora_mysql_audit_logging_enabled'],
    fsbp: ['RDS.9'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'the log exports');
    if (byCluster) return byCluster;
    if (isUnknown(db.logExports)) return undetermined(db.logExports);
    const evidence = { logExports: db.logExports };
    if (db.logExports.length === 0) {
      return fail(`${kindOf(db)} exports no logs to CloudWatch Logs`, evidence);
    }
    return pass(`exports ${db.logExports.join(', ')} to CloudWatch Logs`, evidence);
  },
});
