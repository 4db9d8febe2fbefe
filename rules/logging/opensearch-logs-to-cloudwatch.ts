import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { OpenSearchLogType } from '../../src/inventory/model.js';

/** The logs AWS Config's elasticsearch-logs-to-cloudwatch rule requires by default: error, search and index. */
const REQUIRED: readonly OpenSearchLogType[] = ['ES_APPLICATION_LOGS', 'SEARCH_SLOW_LOGS', 'INDEX_SLOW_LOGS'];

export default defineRule({
  id: 'opensearch-logs-to-cloudwatch',
  title: 'OpenSearch domains send error and slow logs to CloudWatch Logs',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['opensearch-domain'],
  rationale:
    'Error (application) logs and search and index slow logs show failures, abuse and unusual load on the domain; ' +
    'kept in CloudWatch Logs they can be alarmed on and retained. None is published unless enabled.',
  remediation: {
    summary: 'Publish ES_APPLICATION_LOGS, SEARCH_SLOW_LOGS and INDEX_SLOW_LOGS to CloudWatch log groups.',
    cloudformation:
      'AWS::OpenSearchService::Domain: `LogPublishingOptions` with `ES_APPLICATION_LOGS`, `SEARCH_SLOW_LOGS` and ' +
      '`INDEX_SLOW_LOGS`, each `{ Enabled: true, CloudWatchLogsLogGroupArn: ... }`',
    cdk: 'new opensearch.Domain(this, "Search", { logging: { appLogEnabled: true, slowSearchLogEnabled: true, slowIndexLogEnabled: true }, ... })',
  },
  equivalents: {
    steampipe: ['es_domain_logs_to_cloudwatch', 'opensearch_domain_logs_to_cloudwatch'],
    fsbp: ['ES.4', 'Opensearch.4'],
  },
  evaluate(domain) {
    if (isUnknown(domain.logPublishing)) return undetermined(domain.logPublishing);
    const published = domain.logPublishing;
    const missing = REQUIRED.filter((type) => published[type] !== true);
    const evidence = { published: REQUIRED.filter((type) => published[type] === true), missing };
    return missing.length === 0
      ? pass('error, search slow and index slow logs go to CloudWatch Logs', evidence)
      : fail(`not published to CloudWatch Logs: ${missing.join(', ')}`, evidence);
  },
});
