import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { atRestLevel, describeLevel, levelEvidence } from '../lib/encryption.js';

export default defineRule({
  id: 'kinesis-stream-encrypted',
  title: 'Kinesis data streams are encrypted at rest',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['kinesis-stream'],
  reads: ['kms-key'],
  rationale:
    'Records in a stream stay readable for the whole retention period. Server-side encryption with KMS keeps them ' +
    "unreadable on the service's storage and puts reading them behind KMS key permissions; streams are created unencrypted.",
  remediation: {
    summary:
      'Turn on server-side encryption with a KMS key (alias/aws/kinesis or your own); it applies to new records.',
    cloudformation:
      'AWS::Kinesis::Stream: `StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis }`',
    cdk: 'new kinesis.Stream(this, "Events", { encryption: kinesis.StreamEncryption.MANAGED })',
    cli: 'aws kinesis start-stream-encryption --stream-name <name> --encryption-type KMS --key-id alias/aws/kinesis',
  },
  equivalents: {
    checkov: ['CKV_AWS_43'],
    prowler: ['kinesis_stream_encrypted_at_rest'],
    steampipe: ['kinesis_stream_server_side_encryption_enabled'],
    fsbp: ['Kinesis.1'],
  },
  evaluate(stream, inventory) {
    if (isUnknown(stream.encryption)) return undetermined(stream.encryption);
    const level = atRestLevel(stream.encryption, inventory);
    if (level.level === 'unencrypted') return fail(describeLevel(level), levelEvidence(level));
    return pass(describeLevel(level), levelEvidence(level));
  },
});
