import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudtrail-encrypted-kms',
  title: 'CloudTrail logs are encrypted with a KMS key',
  severity: 'medium',
  criteria: ['CC6.1', 'CC7.2'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  reads: ['kms-key'],
  rationale:
    'Trail logs describe the whole account. With SSE-KMS, reading them needs both bucket access and kms:Decrypt on ' +
    'the trail key, so a leaked or misconfigured bucket policy alone does not expose them, and every decrypt is logged.',
  remediation: {
    summary: 'Create a KMS key whose policy lets CloudTrail encrypt, and set it on the trail.',
    cloudformation: 'AWS::CloudTrail::Trail: `KMSKeyId: !GetAtt TrailKey.Arn`',
    cdk: 'new cloudtrail.Trail(this, "Trail", { encryptionKey: new kms.Key(this, "TrailKey", { enableKeyRotation: true }) })',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
  },
  equivalents: {
    checkov: ['CKV_AWS_35'],
    guard: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'],
    cdkNag: ['NIST.800.53.R5-CloudTrailEncryptionEnabled'],
    prowler: ['cloudtrail_kms_encryption_enabled'],
    steampipe: ['cloudtrail_trail_logs_encrypted_with_kms_cmk'],
    fsbp: ['CloudTrail.2'],
  },
  evaluate(trail, inventory) {
    if (isUnknown(trail.kmsKeyId)) return undetermined(trail.kmsKeyId);
    if (trail.kmsKeyId === undefined) {
      return fail('logs are encrypted with SSE-S3 only, no KMS key', { kmsKeyId: null });
    }
    const keyClass = inventory.classifyKey(trail.kmsKeyId);
    return pass(`logs are encrypted with KMS key ${trail.kmsKeyId}`, {
      kmsKeyId: trail.kmsKeyId,
      keyManager: isUnknown(keyClass) ? 'unknown' : keyClass,
    });
  },
});
