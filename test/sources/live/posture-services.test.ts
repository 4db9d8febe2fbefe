/**
 * AWS Backup, Lambda, GuardDuty, Security Hub, ACM, EKS, ECR and Transfer
 * Family over the wire: the live-only verdicts on a small account, and every
 * call of theirs denied in turn, which must leave the rules reading it UNKNOWN, never PASS.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/engine/finding.js';
import { emptyAccount, type FakeAccount, type FaultRule } from '../../support/aws-server/index.js';
import { scanFake } from './helpers.js';

const ACCOUNT = '111122223333';
const FS_ARN = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-1`;
const VAULT_ARN = `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:main`;
const POINT_ARN = `arn:aws:backup:us-east-1:${ACCOUNT}:recovery-point:rp-1`;
const DETECTOR = `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d-1`;
const HUB = `arn:aws:securityhub:us-east-1:${ACCOUNT}:hub/default`;
const SOON = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/soon`;
const LATER = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/later`;
const FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:worker`;
const REPO = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/app`;
const CLUSTER = `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/main`;
const SERVER = `arn:aws:transfer:us-east-1:${ACCOUNT}:server/s-1`;

function account(): FakeAccount {
  return emptyAccount({
    accountId: ACCOUNT,
    regions: {
      'us-east-1': {
        efs: {
          fileSystems: [
            {
              FileSystemId: 'fs-1',
              FileSystemArn: FS_ARN,
              Encrypted: true,
              OwnerId: ACCOUNT,
              CreationToken: 'fs-1',
              CreationTime: new Date('2026-01-01T00:00:00Z'),
              LifeCycleState: 'available',
              NumberOfMountTargets: 0,
              SizeInBytes: { Value: 0 },
              PerformanceMode: 'generalPurpose',
              Tags: [],
            },
          ],
        },
        backup: {
          plans: [
            {
              summary: {
                BackupPlanId: 'p-1',
                BackupPlanArn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:p-1`,
                BackupPlanName: 'daily',
              },
              plan: {
                BackupPlanName: 'daily',
                Rules: [
                  { RuleName: 'daily', TargetBackupVaultName: 'main', Lifecycle: { DeleteAfterDays: 35 } },
                ],
              },
            },
          ],
          vaults: [
            {
              vault: {
                BackupVaultName: 'main',
                BackupVaultArn: VAULT_ARN,
                EncryptionKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k-1`,
                Locked: false,
              },
              accessPolicy: JSON.stringify({
                Statement: [
                  { Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' },
                ],
              }),
              recoveryPoints: [
                {
                  RecoveryPointArn: POINT_ARN,
                  ResourceArn: FS_ARN,
                  IsEncrypted: false,
                  Lifecycle: { DeleteAfterDays: 7 },
                },
              ],
            },
          ],
          protectedResources: [
            { ResourceArn: FS_ARN, ResourceType: 'EFS', LastBackupTime: new Date('2026-11-19T05:00:00Z') },
          ],
        },
        guardduty: {
          detectors: [
            {
              id: 'd-1',
              status: 'ENABLED',
              findings: [
                { Id: 'f-high', Severity: 8, Service: { Archived: false } },
                { Id: 'f-archived', Severity: 8, Service: { Archived: true } },
                { Id: 'f-low', Severity: 2, Service: { Archived: false } },
              ] as never,
            },
          ],
        },
        securityhub: { hubArn: HUB, subscribedAt: '2026-01-01T00:00:00.000Z' },
        acm: {
          certificates: [
            {
              CertificateArn: SOON,
              DomainName: 'soon.example.com',
              Status: 'ISSUED',
              NotAfter: new Date('2026-11-30T00:00:00Z'),
              InUse: true,
              KeyAlgorithm: 'EC_prime256v1',
            },
            {
              CertificateArn: LATER,
              DomainName: 'later.example.com',
              Status: 'ISSUED',
              NotAfter: new Date('2027-06-01T00:00:00Z'),
              InUse: true,
            },
          ],
        },
        lambda: {
          functions: [
            {
              configuration: {
                FunctionName: 'worker',
                FunctionArn: FN,
                DeadLetterConfig: { TargetArn: 'arn:aws:sqs:us-east-1:111122223333:dlq' },
              },
              reservedConcurrency: 5,
            },
          ],
        },
        ecr: { repositories: [{ repository: { repositoryName: 'app', repositoryArn: REPO } }] },
        eks: {
          clusters: [
            {
              name: 'main',
              arn: CLUSTER,
              resourcesVpcConfig: { endpointPublicAccess: false, publicAccessCidrs: [] },
            },
          ],
        },
        transfer: { servers: [{ ServerId: 's-1', Arn: SERVER, Protocols: ['SFTP'] }] },
      },
    },
  });
}

const statusOf = (findings: Finding[], ruleId: string, id: string) =>
  findings.find((finding) => finding.ruleId === ruleId && finding.resource.id === id);

async function scan(deny: string[] = []) {
  const faults: FaultRule[] = deny.map((action) => ({ action, kind: 'AccessDenied' }));
  return scanFake(account(), { faults, live: { maxAttempts: 1 } });
}

/** [denied action, rule, resource id, verdict when read]. */
const DEPENDENT: [string, string, string, string][] = [
  ['backup:ListProtectedResources', 'backup-protects-data-stores', FS_ARN, 'PASS'],
  ['backup:GetBackupVaultAccessPolicy', 'backup-vault-deletion-protected', VAULT_ARN, 'PASS'],
  ['backup:ListBackupVaults', 'backup-vault-deletion-protected', 'backup-vault:*', 'PASS'],
  [
    'backup:ListRecoveryPointsByBackupVault',
    'backup-recovery-point-encrypted',
    'backup-recovery-point:*',
    'FAIL',
  ],
  [
    'backup:GetBackupPlan',
    'backup-plan-retention',
    `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:p-1`,
    'PASS',
  ],
  ['backup:ListBackupPlans', 'backup-plan-exists', 'backup-plan:*', 'PASS'],
  ['guardduty:GetDetector', 'guardduty-enabled', DETECTOR, 'PASS'],
  ['guardduty:ListFindings', 'guardduty-no-high-findings', DETECTOR, 'FAIL'],
  ['securityhub:DescribeHub', 'securityhub-enabled', 'securityhub-hub:*', 'PASS'],
  ['acm:ListCertificates', 'acm-certificate-not-expiring', 'acm-certificate:*', 'PASS'],
  ['lambda:GetPolicy', 'lambda-not-public', FN, 'PASS'],
  ['lambda:GetFunctionConcurrency', 'lambda-reserved-concurrency', FN, 'PASS'],
  ['lambda:ListFunctions', 'lambda-dead-letter-queue', 'lambda-function:*', 'PASS'],
  ['ecr:GetRepositoryPolicy', 'ecr-repository-not-public', REPO, 'PASS'],
  ['eks:DescribeCluster', 'eks-endpoint-not-public', CLUSTER, 'PASS'],
  ['transfer:DescribeServer', 'transfer-no-plain-ftp', SERVER, 'PASS'],
];

describe('AWS Backup, Lambda, GuardDuty, Security Hub, ACM, EKS, ECR and Transfer over the wire', () => {
  it('judges what a live account answers', async () => {
    const { findings } = await scan();
    const expected: [string, string, string][] = [
      ['backup-recovery-point-encrypted', POINT_ARN, 'FAIL'],
      ['backup-recovery-point-retention', POINT_ARN, 'FAIL'],
      ['backup-protects-data-stores', FS_ARN, 'PASS'],
      ['backup-vault-deletion-protected', VAULT_ARN, 'PASS'],
      ['guardduty-no-high-findings', DETECTOR, 'FAIL'],
      ['guardduty-enabled', DETECTOR, 'PASS'],
      ['securityhub-enabled', HUB, 'PASS'],
      ['acm-certificate-not-expiring', SOON, 'FAIL'],
      ['acm-certificate-not-expiring', LATER, 'PASS'],
      ['lambda-not-public', FN, 'PASS'],
      ['lambda-reserved-concurrency', FN, 'PASS'],
      ['ecr-repository-not-public', REPO, 'PASS'],
      ['eks-endpoint-not-public', CLUSTER, 'PASS'],
      ['transfer-no-plain-ftp', SERVER, 'PASS'],
    ];
    for (const [ruleId, id, status] of expected) {
      const finding = statusOf(findings, ruleId, id);
      expect(finding?.status, `${ruleId} ${id}: ${finding?.message}`).toBe(status);
    }
    expect(statusOf(findings, 'guardduty-no-high-findings', DETECTOR)?.evidence.openFindings).toEqual([
      'f-high',
    ]);
    // What each denial below turns UNKNOWN was decided when read.
    for (const [, ruleId, id, whenRead] of DEPENDENT.filter(([, , id]) => !id.endsWith(':*'))) {
      expect(statusOf(findings, ruleId, id)?.status, `${ruleId} ${id}`).toBe(whenRead);
    }
  }, 60_000);

  it('an account without Security Hub fails securityhub-enabled (not subscribed is an answer)', async () => {
    const bare = account();
    delete bare.regions['us-east-1']!.securityhub;
    const { findings } = await scanFake(bare);
    const missing = findings.filter((finding) => finding.ruleId === 'securityhub-enabled');
    expect(missing.map((finding) => finding.status)).toEqual(['FAIL']);
  }, 60_000);

  it.each(DEPENDENT)(
    '%s denied: %s is UNKNOWN for %s',
    async (action, ruleId, id) => {
      const { findings } = await scan([action]);
      const finding = statusOf(findings, ruleId, id);
      expect(finding?.status, `${ruleId}: ${finding?.message}`).toBe('UNKNOWN');
      expect(`${finding?.message} ${JSON.stringify(finding?.evidence)}`).toMatch(
        /AccessDenied|not authorized|denied/i,
      );
    },
    60_000,
  );
});
