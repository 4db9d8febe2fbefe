import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ebs-encryption-by-default',
  title: 'EBS encryption by default is enabled in every region',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.7'],
  family: 'encryption',
  appliesTo: ['ec2-region-settings'],
  sources: ['live'],
  rationale:
    'With encryption by default, every new EBS volume and snapshot copy in the region is encrypted, whatever tool ' +
    'or person creates it, so an unencrypted volume cannot appear by omission.',
  remediation: {
    summary:
      'Enable EBS encryption by default in each region (optionally with a customer-managed default key).',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
  },
  equivalents: {
    guard: ['EC2_EBS_ENCRYPTION_BY_DEFAULT'],
    prowler: ['ec2_ebs_default_encryption'],
    steampipe: ['ebs_encryption_by_default_enabled'],
    fsbp: ['EC2.7'],
  },
  evaluate(settings) {
    if (isUnknown(settings.ebsEncryptionByDefault)) return undetermined(settings.ebsEncryptionByDefault);
    const keyId = settings.ebsDefaultKmsKeyId;
    const evidence = {
      ebsEncryptionByDefault: settings.ebsEncryptionByDefault,
      defaultKmsKeyId: keyId === undefined || isUnknown(keyId) ? null : (keyId ?? null),
    };
    return settings.ebsEncryptionByDefault
      ? pass(`EBS encryption by default is on${settings.region ? ` in ${settings.region}` : ''}`, evidence)
      : fail(`EBS encryption by default is off${settings.region ? ` in ${settings.region}` : ''}`, evidence);
  },
});
