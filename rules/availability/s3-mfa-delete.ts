import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 's3-mfa-delete',
  title: 'Versioned S3 buckets require MFA to delete versions',
  severity: 'low',
  criteria: ['A1.2', 'CC6.1'],
  family: 'availability',
  appliesTo: ['s3-bucket'],
  sources: ['live'],
  rationale:
    'With MFA delete, permanently deleting an object version or suspending versioning needs the root ' +
    "user's MFA code, so stolen credentials alone cannot destroy the bucket's history. Only the root user can " +
    'turn it on, through the API, so a template never shows it. Buckets without versioning are judged by ' +
    's3-versioning-enabled instead.',
  remediation: {
    summary: 'As the root user, with its MFA device, enable MFA delete on the versioned bucket.',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<root-mfa-serial> <code>"',
  },
  equivalents: {
    prowler: ['s3_bucket_no_mfa_delete'],
    steampipe: ['s3_bucket_mfa_delete_enabled'],
    fsbp: ['S3.20'],
  },
  evaluate(bucket) {
    const versioning = bucket.versioning;
    if (versioning === undefined) return undetermined('the versioning setting was not read');
    if (isUnknown(versioning)) return undetermined(versioning);
    if (versioning.status === 'Off') {
      return notApplicable('versioning was never enabled: see s3-versioning-enabled', {
        versioning: versioning.status,
      });
    }
    if (isUnknown(versioning.mfaDelete)) return undetermined(versioning.mfaDelete);
    const evidence = { versioning: versioning.status, mfaDelete: versioning.mfaDelete };
    return versioning.mfaDelete
      ? pass('MFA delete is enabled', evidence)
      : fail('versions can be deleted without MFA', evidence);
  },
});
