import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'glue-job-cloudwatch-logs-encryption',
  title: 'Glue jobs encrypt their CloudWatch logs with KMS',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['glue-job'],
  rationale:
    'Job logs carry table contents, paths and error payloads. Only a security configuration with CloudWatch ' +
    'encryption SSE-KMS has Glue encrypt them with a key whose policy you control; a job without one fails, as in Prowler.',
  remediation: {
    summary: 'Attach a security configuration with CloudWatch encryption SSE-KMS to the job.',
    cloudformation:
      'AWS::Glue::SecurityConfiguration `EncryptionConfiguration.CloudWatchEncryption: { CloudWatchEncryptionMode: SSE-KMS, KmsKeyArn: ... }`',
    cdk: 'new glue.SecurityConfiguration(this, "Config", { cloudWatchEncryption: { mode: glue.CloudWatchEncryptionMode.KMS } })',
    cli: 'aws glue create-security-configuration --name <name> --encryption-configuration \'{"CloudWatchEncryption":{"CloudWatchEncryptionMode":"SSE-KMS","KmsKeyArn":"<key>"}}\'',
  },
  equivalents: {
    prowler: ['glue_etl_jobs_cloudwatch_logs_encryption_enabled'],
    steampipe: ['glue_job_cloudwatch_logs_encryption_enabled'],
  },
  evaluate(job) {
    if (isUnknown(job.cloudWatchEncryption)) return undetermined(job.cloudWatchEncryption);
    const configuration = isUnknown(job.securityConfiguration) ? undefined : job.securityConfiguration;
    const evidence = {
      cloudWatchEncryption: job.cloudWatchEncryption,
      securityConfiguration: configuration ?? null,
    };
    if (job.cloudWatchEncryption === 'SSE-KMS')
      return pass('CloudWatch logs are encrypted with KMS', evidence);
    return fail(
      configuration === undefined
        ? 'the job has no security configuration, so its CloudWatch logs are not encrypted with KMS'
        : `security configuration ${configuration} leaves CloudWatch encryption DISABLED`,
      evidence,
    );
  },
});
