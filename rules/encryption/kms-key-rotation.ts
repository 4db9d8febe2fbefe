import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'kms-key-rotation',
  title: 'Customer-managed KMS keys rotate automatically',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.7'],
  family: 'encryption',
  appliesTo: ['kms-key'],
  rationale:
    'Automatic rotation limits how much data one key version protects and how long a leaked key stays useful. ' +
    'AWS rotates AWS-managed keys itself; customer-managed symmetric keys rotate only when rotation is enabled.',
  remediation: {
    summary: 'Enable automatic rotation on every customer-managed symmetric KMS key.',
    cloudformation: 'AWS::KMS::Key: set `EnableKeyRotation: true` (optionally `RotationPeriodInDays`).',
    cdk: 'new kms.Key(this, "Key", { enableKeyRotation: true })',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
  },
  equivalents: {
    checkov: ['CKV_AWS_7'],
    cfnNag: ['F19'],
    guard: ['CMK_BACKING_KEY_ROTATION_ENABLED'],
    cdkNag: ['NIST.800.53.R5-KMSBackingKeyRotationEnabled', 'AwsSolutions-KMS5'],
    prowler: ['kms_cmk_rotation_enabled'],
    steampipe: ['kms_cmk_rotation_enabled'],
    fsbp: ['KMS.4'],
  },
  evaluate(key) {
    if (isUnknown(key.keyManager)) return undetermined(key.keyManager);
    if (key.keyManager === 'AWS') return notApplicable('AWS-managed key: AWS rotates it every year');
    if (isUnknown(key.keySpec)) return undetermined(key.keySpec);
    if (key.keySpec !== 'SYMMETRIC_DEFAULT') {
      return notApplicable(`${key.keySpec} keys cannot rotate automatically`, { keySpec: key.keySpec });
    }
    if (
      key.keyMaterialOrigin !== undefined &&
      !isUnknown(key.keyMaterialOrigin) &&
      key.keyMaterialOrigin !== 'AWS_KMS'
    ) {
      return notApplicable(`key material from ${key.keyMaterialOrigin} cannot rotate automatically`, {
        keyMaterialOrigin: key.keyMaterialOrigin,
      });
    }
    if (isUnknown(key.rotationEnabled)) return undetermined(key.rotationEnabled);
    return key.rotationEnabled
      ? pass('automatic rotation is enabled', { rotationEnabled: true })
      : fail('automatic rotation is disabled', { rotationEnabled: false });
  },
});
