import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'opensearch-node-to-node-encryption',
  title: 'OpenSearch domains encrypt traffic between their nodes',
  severity: 'medium',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['opensearch-domain'],
  rationale:
    'Without node-to-node encryption, documents and queries travel between the nodes of a domain in clear text ' +
    'inside the VPC. With it, every internal hop uses TLS.',
  remediation: {
    summary: 'Enable node-to-node encryption (in place on OpenSearch and Elasticsearch 6.7 or later).',
    cloudformation:
      'AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `NodeToNodeEncryptionOptions: { Enabled: true }`',
    cdk: 'new opensearch.Domain(this, "Search", { nodeToNodeEncryption: true, ... })',
    cli: 'aws opensearch update-domain-config --domain-name <name> --node-to-node-encryption-options Enabled=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_6'],
    prowler: ['opensearch_service_domains_node_to_node_encryption_enabled'],
    steampipe: ['es_domain_node_to_node_encryption_enabled'],
    fsbp: ['ES.3', 'Opensearch.3'],
  },
  evaluate(domain) {
    if (isUnknown(domain.nodeToNodeEncryption)) return undetermined(domain.nodeToNodeEncryption);
    return domain.nodeToNodeEncryption
      ? pass('node-to-node encryption is enabled', { nodeToNodeEncryption: true })
      : fail('node-to-node encryption is disabled', { nodeToNodeEncryption: false });
  },
});
