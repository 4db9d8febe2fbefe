import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'opensearch-audit-logging',
  title: 'OpenSearch domains publish audit logs',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['opensearch-domain'],
  rationale:
    'Audit logs record authentication attempts and which users read or changed which indices. Without them a ' +
    'data access on the domain leaves no trace. They are published to CloudWatch Logs when AUDIT_LOGS is enabled ' +
    '(fine-grained access control must be on).',
  remediation: {
    summary: 'Enable AUDIT_LOGS publishing to a CloudWatch log group (and fine-grained access control).',
    cloudformation:
      'AWS::OpenSearchService::Domain: `LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ... } }`',
    cli: 'aws opensearch update-domain-config --domain-name <name> --log-publishing-options "AUDIT_LOGS={CloudWatchLogsLogGroupArn=<arn>,Enabled=true}"',
  },
  equivalents: {
    prowler: ['opensearch_service_domains_audit_logging_enabled'],
    steampipe: ['opensearch_domain_audit_logging_enabled'],
    fsbp: ['ES.5', 'Opensearch.5'],
  },
  evaluate(domain) {
    if (isUnknown(domain.logPublishing)) return undetermined(domain.logPublishing);
    const enabled = domain.logPublishing.AUDIT_LOGS === true;
    return enabled
      ? pass('AUDIT_LOGS are published to CloudWatch Logs', { auditLogs: true })
      : fail('AUDIT_LOGS are not published', { auditLogs: false });
  },
});
