import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ACCOUNT = '111122223333';
const region = (account: FakeAccount) => (account.regions['us-east-1'] ??= {});
const backupOf = (account: FakeAccount) => (region(account).backup ??= {});

function addVault(
  account: FakeAccount,
  name: string,
  fields: { locked?: boolean; accessPolicy?: string },
): void {
  (backupOf(account).vaults ??= []).push({
    vault: {
      BackupVaultName: name,
      BackupVaultArn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:${name}`,
      EncryptionKeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/backup-key`,
      Locked: fields.locked ?? false,
      NumberOfRecoveryPoints: 0,
    },
    accessPolicy: fields.accessPolicy,
  });
}

function addFileSystem(account: FakeAccount, id: string, protectedByBackup: boolean): void {
  const arn = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/${id}`;
  (region(account).efs ??= { fileSystems: [] }).fileSystems.push({
    FileSystemId: id,
    FileSystemArn: arn,
    Encrypted: true,
    OwnerId: ACCOUNT,
    CreationToken: id,
    CreationTime: new Date('2026-01-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 0 },
    PerformanceMode: 'generalPurpose',
    Tags: [],
  });
  if (protectedByBackup) {
    (backupOf(account).protectedResources ??= []).push({
      ResourceArn: arn,
      ResourceType: 'EFS',
      LastBackupTime: new Date('2026-11-19T05:00:00Z'),
    });
  }
}

function addPlan(account: FakeAccount, id: string, deleteAfterDays: number | undefined): void {
  (backupOf(account).plans ??= []).push({
    summary: {
      BackupPlanId: id,
      BackupPlanArn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:${id}`,
      BackupPlanName: id,
    },
    plan: {
      BackupPlanName: id,
      Rules: [
        {
          RuleName: 'daily',
          TargetBackupVaultName: 'vault',
          ...(deleteAfterDays === undefined ? {} : { Lifecycle: { DeleteAfterDays: deleteAfterDays } }),
        },
      ],
    },
  });
}

const planTemplate = (days: number) => ({
  Type: 'AWS::Backup::BackupPlan',
  Properties: {
    BackupPlan: {
      BackupPlanName: 'p',
      BackupPlanRule: [
        { RuleName: 'daily', TargetBackupVaultName: 'vault', Lifecycle: { DeleteAfterDays: days } },
      ],
    },
  },
});

parityCases('backup-plan-retention', [
  {
    name: 'a rule keeping recovery points 7 days',
    status: 'FAIL',
    template: { logicalId: 'Short', resources: { Short: planTemplate(7) } },
    live: { id: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:short`, add: (a) => addPlan(a, 'short', 7) },
  },
  {
    name: 'a rule keeping recovery points 35 days',
    status: 'PASS',
    template: { logicalId: 'Long', resources: { Long: planTemplate(35) } },
    live: { id: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:long`, add: (a) => addPlan(a, 'long', 35) },
  },
]);

const DENY_DELETE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }],
});

parityCases('backup-vault-deletion-protected', [
  {
    name: 'a vault without lock or policy',
    status: 'FAIL',
    template: {
      logicalId: 'Open',
      resources: { Open: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'open' } } },
    },
    live: {
      id: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:open`,
      add: (a) => addVault(a, 'open', {}),
    },
  },
  {
    name: 'a locked vault',
    status: 'PASS',
    template: {
      logicalId: 'Locked',
      resources: {
        Locked: {
          Type: 'AWS::Backup::BackupVault',
          Properties: { BackupVaultName: 'locked', LockConfiguration: { MinRetentionDays: 35 } },
        },
      },
    },
    live: {
      id: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:locked`,
      add: (a) => addVault(a, 'locked', { locked: true }),
    },
  },
  {
    name: 'a vault whose policy denies deletion to everyone',
    status: 'PASS',
    template: {
      logicalId: 'Guarded',
      resources: {
        Guarded: {
          Type: 'AWS::Backup::BackupVault',
          Properties: { BackupVaultName: 'guarded', AccessPolicy: JSON.parse(DENY_DELETE) as unknown },
        },
      },
    },
    live: {
      id: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:guarded`,
      add: (a) => addVault(a, 'guarded', { accessPolicy: DENY_DELETE }),
    },
  },
]);

const selectionTemplate = (target: string) => ({
  Plan: planTemplate(35),
  [target]: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } },
  Selection: {
    Type: 'AWS::Backup::BackupSelection',
    Properties: {
      BackupPlanId: { Ref: 'Plan' },
      BackupSelection: {
        SelectionName: 'files',
        IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/backup`,
        Resources: [{ 'Fn::GetAtt': [target, 'Arn'] }],
      },
    },
  },
});

parityCases('backup-protects-data-stores', [
  {
    name: 'an EFS file system a plan backs up',
    status: 'PASS',
    template: { logicalId: 'Files', resources: selectionTemplate('Files') },
    live: {
      id: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-backed`,
      add: (a) => addFileSystem(a, 'fs-backed', true),
    },
  },
  {
    name: 'an EFS file system no plan backs up',
    status: 'FAIL',
    template: {
      logicalId: 'Loose',
      resources: { Loose: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } } },
    },
    live: {
      id: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-loose`,
      add: (a) => addFileSystem(a, 'fs-loose', false),
    },
  },
]);
