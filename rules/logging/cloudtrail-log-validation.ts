import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudtrail-log-validation',
  title: 'CloudTrail log file integrity validation is enabled',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    'With validation on, CloudTrail writes signed digest files, so anyone can prove later that a log file was not ' +
    'modified or deleted after delivery: the audit trail itself becomes evidence.',
  remediation: {
    summary: 'Enable log file validation on the trail.',
    cloudformation: 'AWS::CloudTrail::Trail: `EnableLogFileValidation: true`',
    cdk: 'new cloudtrail.Trail(this, "Trail", { enableFileValidation: true })',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
  },
  equivalents: {
    checkov: ['CKV_AWS_36'],
    guard: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'],
    cdkNag: ['NIST.800.53.R5-CloudTrailLogFileValidationEnabled'],
    prowler: ['cloudtrail_log_file_validation_enabled'],
    steampipe: ['cloudtrail_trail_validation_enabled'],
    fsbp: ['CloudTrail.4'],
  },
  evaluate(trail) {
    if (isUnknown(trail.logFileValidation)) return undetermined(trail.logFileValidation);
    return trail.logFileValidation
      ? pass('log file validation is enabled', { logFileValidation: true })
      : fail('log file validation is disabled', { logFileValidation: false });
  },
});
