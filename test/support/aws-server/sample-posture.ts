/**
 * The sample account's AWS Backup, Lambda, GuardDuty, Security Hub, ACM and ECR
 * data. Realistic gaps: only the payments database is in the backup plan, the
 * plan's weekly rule keeps copies 14 days, a report-export function anyone can
 * invoke, outside the VPC, without DLQ or concurrency limit, an open
 * high-severity GuardDuty finding, a certificate expiring ten days after the
 * sample's scan, and eu-west-1 without GuardDuty or Security Hub.
 */
import type { FakeRegion } from './account.js';

const US = 'arn:aws:%s:us-east-1:123456789012';
const us = (service: string, rest: string): string => `${US.replace('%s', service)}:${rest}`;

export const SAMPLE_PAYMENTS_KEY = us('kms', 'key/1234abcd-12ab-34cd-56ef-1234567890ab');

export function samplePostureUsEast1(): Pick<
  FakeRegion,
  'backup' | 'lambda' | 'guardduty' | 'securityhub' | 'acm' | 'ecr'
> {
  return {
    backup: {
      plans: [
        {
          summary: {
            BackupPlanId: 'plan-payments',
            BackupPlanArn: us('backup', 'backup-plan:plan-payments'),
            BackupPlanName: 'payments',
          },
          plan: {
            BackupPlanName: 'payments',
            Rules: [
              {
                RuleName: 'daily',
                TargetBackupVaultName: 'payments-vault',
                ScheduleExpression: 'cron(0 5 * * ? *)',
                Lifecycle: { DeleteAfterDays: 35 },
              },
              {
                RuleName: 'weekly',
                TargetBackupVaultName: 'payments-vault',
                ScheduleExpression: 'cron(0 6 ? * 1 *)',
                Lifecycle: { DeleteAfterDays: 14 },
              },
            ],
          },
        },
      ],
      vaults: [
        {
          vault: {
            BackupVaultName: 'payments-vault',
            BackupVaultArn: us('backup', 'backup-vault:payments-vault'),
            EncryptionKeyArn: SAMPLE_PAYMENTS_KEY,
            Locked: true,
            MinRetentionDays: 14,
            NumberOfRecoveryPoints: 1,
          },
          recoveryPoints: [
            {
              RecoveryPointArn: us('rds', 'snapshot:awsbackup:job-payments-20261124'),
              BackupVaultName: 'payments-vault',
              ResourceArn: us('rds', 'db:payments-db'),
              ResourceType: 'RDS',
              IsEncrypted: true,
              EncryptionKeyArn: SAMPLE_PAYMENTS_KEY,
              Status: 'COMPLETED',
              CreationDate: new Date('2026-11-24T05:00:00Z'),
              Lifecycle: { DeleteAfterDays: 35 },
            },
          ],
        },
      ],
      protectedResources: [
        {
          ResourceArn: us('rds', 'db:payments-db'),
          ResourceType: 'RDS',
          LastBackupTime: new Date('2026-11-24T05:00:00Z'),
        },
      ],
    },
    lambda: {
      functions: [
        {
          configuration: {
            FunctionName: 'payments-webhook',
            FunctionArn: us('lambda', 'function:payments-webhook'),
            Runtime: 'nodejs22.x',
            VpcConfig: {
              SubnetIds: ['subnet-0app0000000000a1', 'subnet-0app0000000000b1'],
              SecurityGroupIds: ['sg-app'],
              VpcId: 'vpc-0a1b2c3d4e5f60001',
            },
            DeadLetterConfig: { TargetArn: us('sqs', 'payments-webhook-dlq') },
          },
          reservedConcurrency: 50,
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'apigateway',
                Effect: 'Allow',
                Principal: { Service: 'apigateway.amazonaws.com' },
                Action: 'lambda:InvokeFunction',
                Resource: us('lambda', 'function:payments-webhook'),
                Condition: {
                  ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*' },
                },
              },
            ],
          }),
        },
        {
          configuration: {
            FunctionName: 'report-export',
            FunctionArn: us('lambda', 'function:report-export'),
            Runtime: 'python3.13',
          },
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'anyone',
                Effect: 'Allow',
                Principal: '*',
                Action: 'lambda:InvokeFunction',
                Resource: us('lambda', 'function:report-export'),
              },
            ],
          }),
        },
      ],
    },
    guardduty: {
      detectors: [
        {
          id: 'd0acmepay0000000000000000000001',
          status: 'ENABLED',
          findings: [
            {
              Id: 'f-crypto-mining',
              Severity: 8,
              Type: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
              Service: { Archived: false },
            },
            {
              Id: 'f-port-probe',
              Severity: 2,
              Type: 'Recon:EC2/PortProbeUnprotectedPort',
              Service: { Archived: false },
            },
          ] as never,
        },
      ],
    },
    securityhub: { hubArn: us('securityhub', 'hub/default'), subscribedAt: '2025-06-01T00:00:00.000Z' },
    acm: {
      certificates: [
        {
          CertificateArn: us('acm', 'certificate/api-acme-pay'),
          DomainName: 'api.acme-pay.com',
          Status: 'ISSUED',
          NotAfter: new Date('2027-05-01T00:00:00Z'),
          InUse: true,
          KeyAlgorithm: 'RSA_2048',
        },
        {
          CertificateArn: us('acm', 'certificate/partners-acme-pay'),
          DomainName: 'partners.acme-pay.com',
          Status: 'ISSUED',
          NotAfter: new Date('2026-12-05T00:00:00Z'),
          InUse: true,
          KeyAlgorithm: 'EC_prime256v1',
          Type: 'IMPORTED',
        },
      ],
    },
    ecr: {
      repositories: [
        {
          repository: {
            repositoryName: 'payments-api',
            repositoryArn: us('ecr', 'repository/payments-api'),
            registryId: '123456789012',
          },
        },
      ],
    },
  };
}
