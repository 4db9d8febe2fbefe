import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'glue-job-s3-encryption',
  title: 'Glue jobs encrypt what they write to S3',
  severity: 'medium',
  criteria: ['CC6.1', 'C1.1'],
  family: 'encryption',
  appliesTo: ['glue-job'],
  rationale:
    'A Glue job writes its output, temporary files and shuffle data to S3 with whatever its security configuration ' +
    'asks for. Without one (or with S3 encryption DISABLED) that data is encrypted only if the bucket does it. As in ' +
    'Prowler, a job without a security configuration passes when its `--encryption-type` argument is `sse-s3`.',
  remediation: {
    summary: 'Attach a security configuration with S3 encryption SSE-KMS (or SSE-S3) to the job.',
    cloudformation:
      'AWS::Glue::SecurityConfiguration `EncryptionConfiguration.S3Encryptions: [{ S3EncryptionMode: SSE-KMS, KmsKeyArn: ... }]`; AWS::Glue::Job `SecurityConfiguration: !Ref Config`',
    cdk: 'new glue.SecurityConfiguration(this, "Config", { s3Encryption: { mode: glue.S3EncryptionMode.KMS } })',
    cli: 'aws glue create-security-configuration --name <name> --encryption-configuration \'{"S3Encryption":[{"S3EncryptionMode":"SSE-KMS","KmsKeyArn":"<key>"}]}\'',
  },
  equivalents: {
    prowler: ['glue_etl_jobs_amazon_s3_encryption_enabled'],
    steampipe: ['glue_job_s3_encryption_enabled'],
  },
  evaluate(job) {
    if (isUnknown(job.s3Encryption)) return undetermined(job.s3Encryption);
    const configuration = isUnknown(job.securityConfiguration) ? undefined : job.securityConfiguration;
    const evidence = { s3Encryption: job.s3Encryption, securityConfiguration: configuration ?? null };
    if (job.s3Encryption !== 'DISABLED') {
      return pass(`S3 output is encrypted (${job.s3Encryption})`, evidence);
    }
    return fail(
      configuration === undefined
        ? 'the job has no security configuration, so its S3 output is not encrypted by Glue'
        : `security configuration ${configuration} leaves S3 encryption DISABLED`,
      evidence,
    );
  },
});
