import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'redshift-cluster-audit-logging',
  title: 'Redshift clusters write audit logs',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['redshift-cluster'],
  rationale:
    'Audit logging records who connected to the warehouse, from where, and which queries users ran: the evidence ' +
    'an investigation of data access needs. It is off unless turned on.',
  remediation: {
    summary: 'Turn on audit logging to S3 or CloudWatch Logs.',
    cloudformation:
      'AWS::Redshift::Cluster: `LoggingProperties: { LogDestinationType: cloudwatch, LogExports: [connectionlog, userlog, useractivitylog] }`',
    cdk: 'new redshift.Cluster(this, "Warehouse", { loggingProperties: { loggingBucket, loggingKeyPrefix: "audit/" }, ... })',
    cli: 'aws redshift enable-logging --cluster-identifier <id> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog',
  },
  equivalents: {
    checkov: ['CKV_AWS_71'],
    prowler: ['redshift_cluster_audit_logging'],
    steampipe: ['redshift_cluster_audit_logging_enabled'],
    fsbp: ['Redshift.4'],
  },
  evaluate(cluster) {
    if (isUnknown(cluster.auditLogging)) return undetermined(cluster.auditLogging);
    return cluster.auditLogging
      ? pass('audit logging is enabled', { auditLogging: true })
      : fail('audit logging is disabled', { auditLogging: false });
  },
});
