import { ruleCases } from '../../support/rule-cases.js';

const SPARK_JOB = `
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::111122223333:role/glue
      Command: { Name: glueetl, ScriptLocation: s3://scripts/job.py }
      GlueVersion: '4.0'`;

const KMS_CONFIG = `
  Sealed:
    Type: AWS::Glue::SecurityConfiguration
    Properties:
      Name: sealed
      EncryptionConfiguration:
        S3Encryptions:
          - S3EncryptionMode: SSE-KMS
            KmsKeyArn: arn:aws:kms:us-east-1:111122223333:key/k
        CloudWatchEncryption:
          CloudWatchEncryptionMode: SSE-KMS
          KmsKeyArn: arn:aws:kms:us-east-1:111122223333:key/k`;

const S3_ONLY_CONFIG = `
  S3Only:
    Type: AWS::Glue::SecurityConfiguration
    Properties:
      Name: s3-only
      EncryptionConfiguration:
        S3Encryptions:
          - S3EncryptionMode: SSE-S3`;

ruleCases('glue-job-s3-encryption', {
  pass: [
    {
      name: 'a job whose security configuration (by Ref) encrypts S3 with KMS',
      template: `Resources:${KMS_CONFIG}
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref Sealed`,
      resource: 'Job',
      message: 'SSE-KMS',
    },
    {
      name: 'a job naming a configuration of the same template by its Name, SSE-S3',
      template: `Resources:${S3_ONLY_CONFIG}
  Job:${SPARK_JOB}
      SecurityConfiguration: s3-only`,
      resource: 'Job',
      message: 'SSE-S3',
    },
    {
      name: 'no security configuration but --encryption-type sse-s3 (Prowler accepts it too)',
      template: `Resources:
  Job:${SPARK_JOB}
      DefaultArguments: { '--encryption-type': sse-s3 }`,
      resource: 'Job',
    },
  ],
  fail: [
    {
      name: 'a job without a security configuration',
      template: `Resources:
  Job:${SPARK_JOB}`,
      resource: 'Job',
      message: 'no security configuration',
    },
    {
      name: 'a configuration with S3 encryption DISABLED',
      template: `Resources:
  Off:
    Type: AWS::Glue::SecurityConfiguration
    Properties:
      Name: off
      EncryptionConfiguration:
        S3Encryptions: [{ S3EncryptionMode: DISABLED }]
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref Off`,
      resource: 'Job',
      message: 'DISABLED',
    },
  ],
  unknown: [
    {
      name: 'a configuration defined outside the scanned templates',
      template: `Resources:
  Job:${SPARK_JOB}
      SecurityConfiguration: shared-config`,
      resource: 'Job',
      message: 'not defined in the scanned templates',
    },
    {
      name: 'the configuration name from a parameter without a default',
      template: `Parameters:
  Config: { Type: String }
Resources:
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref Config`,
      resource: 'Job',
    },
    {
      name: 'an S3 encryption block without its mode',
      template: `Resources:
  Half:
    Type: AWS::Glue::SecurityConfiguration
    Properties:
      Name: half
      EncryptionConfiguration:
        S3Encryptions: [{ KmsKeyArn: arn:aws:kms:us-east-1:111122223333:key/k }]
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref Half`,
      resource: 'Job',
      message: 'S3EncryptionMode is not set',
    },
  ],
});

ruleCases('glue-job-cloudwatch-logs-encryption', {
  pass: [
    {
      name: 'a configuration with CloudWatch encryption SSE-KMS',
      template: `Resources:${KMS_CONFIG}
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref Sealed`,
      resource: 'Job',
    },
  ],
  fail: [
    {
      name: 'a configuration that encrypts only S3 (no CloudWatch block)',
      template: `Resources:${S3_ONLY_CONFIG}
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref S3Only`,
      resource: 'Job',
      message: 'leaves CloudWatch encryption DISABLED',
    },
    {
      name: 'no security configuration, even with --encryption-type sse-s3',
      template: `Resources:
  Job:${SPARK_JOB}
      DefaultArguments: { '--encryption-type': sse-s3 }`,
      resource: 'Job',
    },
  ],
  unknown: [
    {
      name: 'a configuration defined outside the scanned templates',
      template: `Resources:
  Job:${SPARK_JOB}
      SecurityConfiguration: shared-config`,
      resource: 'Job',
    },
    {
      name: 'a CloudWatch mode Glue does not define',
      template: `Resources:
  Odd:
    Type: AWS::Glue::SecurityConfiguration
    Properties:
      Name: odd
      EncryptionConfiguration:
        CloudWatchEncryption: { CloudWatchEncryptionMode: SSE-S3 }
  Job:${SPARK_JOB}
      SecurityConfiguration: !Ref Odd`,
      resource: 'Job',
      message: 'not a mode Glue defines',
    },
  ],
});
