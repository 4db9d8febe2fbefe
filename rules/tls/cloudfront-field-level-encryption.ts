import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudfront-field-level-encryption',
  title: 'CloudFront encrypts sensitive request fields at the edge',
  severity: 'low',
  criteria: ['CC6.7', 'C1.1'],
  family: 'tls',
  appliesTo: ['cloudfront-distribution'],
  rationale:
    'Field-level encryption encrypts chosen POST fields (card numbers, national ids) with a public key at the edge, so ' +
    'only the component holding the private key can read them, not the web servers, logs or proxies in between. ' +
    'Distributions that accept no sensitive form data can suppress this finding with a justification.',
  remediation: {
    summary: 'Create a field-level encryption configuration and set its id on the default cache behavior.',
    cloudformation:
      'AWS::CloudFront::Distribution: `DistributionConfig.DefaultCacheBehavior.FieldLevelEncryptionId: <id>` (AWS::CloudFront::FieldLevelEncryptionConfig)',
    cli: 'aws cloudfront create-field-level-encryption-config ...; set DefaultCacheBehavior.FieldLevelEncryptionId with aws cloudfront update-distribution',
  },
  equivalents: {
    prowler: ['cloudfront_distributions_field_level_encryption_enabled'],
    steampipe: ['cloudfront_distribution_field_level_encryption_enabled'],
  },
  evaluate(distribution) {
    if (isUnknown(distribution.fieldLevelEncryption)) return undetermined(distribution.fieldLevelEncryption);
    const evidence = { fieldLevelEncryption: distribution.fieldLevelEncryption };
    return distribution.fieldLevelEncryption
      ? pass('the default cache behavior has a field-level encryption configuration', evidence)
      : fail('the default cache behavior has no field-level encryption configuration', evidence);
  },
});
