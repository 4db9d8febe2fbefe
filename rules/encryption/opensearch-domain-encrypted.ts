import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { atRestLevel, describeLevel, levelEvidence } from '../lib/encryption.js';

export default defineRule({
  id: 'opensearch-domain-encrypted',
  title: 'OpenSearch domains are encrypted at rest',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['opensearch-domain'],
  reads: ['kms-key'],
  rationale:
    'Search domains index copies of application data and logs. Encryption at rest covers their storage, swap, ' +
    'automated snapshots and logs; it can be turned on for an existing domain only on recent engine versions.',
  remediation: {
    summary: 'Enable encryption at rest on the domain, with a KMS key (the service key aws/es or your own).',
    cloudformation:
      'AWS::OpenSearchService::Domain / AWS::Elasticsearch::Domain: `EncryptionAtRestOptions: { Enabled: true }`',
    cdk: 'new opensearch.Domain(this, "Search", { encryptionAtRest: { enabled: true }, ... })',
    cli: 'aws opensearch update-domain-config --domain-name <name> --encryption-at-rest-options Enabled=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_5'],
    prowler: ['opensearch_service_domains_encryption_at_rest_enabled'],
    steampipe: ['es_domain_encryption_at_rest_enabled'],
    fsbp: ['ES.1', 'Opensearch.1'],
  },
  evaluate(domain, inventory) {
    if (isUnknown(domain.encryption)) return undetermined(domain.encryption);
    const level = atRestLevel(domain.encryption, inventory);
    if (level.level === 'unencrypted') return fail(describeLevel(level), levelEvidence(level));
    return pass(describeLevel(level), levelEvidence(level));
  },
});
