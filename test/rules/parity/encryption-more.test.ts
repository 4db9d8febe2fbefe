/**
 * Key choice at rest: customer-managed KMS keys for stores (EFS here), key rotation, the AWS
 * Backup vault key, SageMaker notebook volumes and OpenSearch domains give the same verdict from a
 * template and from the same shape served by the loopback AWS. Live, a key is classified by the
 * KMS key list, so each account lists the keys its resources name, AWS-managed ones included.
 */
import { kmsKey } from '../../support/aws-server/builders.js';
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;
const KEY_ARN = (id: string) => `arn:aws:kms:${ARN}:key/${id}`;
const region = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});

function addKey(account: FakeAccount, id: string, options: Parameters<typeof kmsKey>[3] = {}): void {
  (region(account).kms ??= { keys: [] }).keys.push(kmsKey(PARITY_REGION, PARITY_ACCOUNT, id, options));
}

/** A customer key in the template, referenced by its ARN. */
const TEMPLATE_KEY = { Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } };
const KEY_REF = { 'Fn::GetAtt': ['Key', 'Arn'] };

const FS_ARN = (id: string) => `arn:aws:elasticfilesystem:${ARN}:file-system/${id}`;

function addFileSystem(account: FakeAccount, id: string, keyId: string | undefined): void {
  (region(account).efs ??= { fileSystems: [] }).fileSystems.push({
    FileSystemId: id,
    FileSystemArn: FS_ARN(id),
    Encrypted: keyId !== undefined,
    ...(keyId ? { KmsKeyId: keyId } : {}),
    OwnerId: PARITY_ACCOUNT,
    CreationToken: id,
    CreationTime: new Date('2026-01-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 0 },
    PerformanceMode: 'generalPurpose',
    Tags: [],
  });
}

parityCases('storage-encrypted-with-cmk', [
  {
    name: 'EFS encrypted with the service default key (aws/elasticfilesystem)',
    status: 'FAIL',
    template: {
      logicalId: 'DefaultKey',
      resources: { DefaultKey: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } } },
    },
    live: {
      id: FS_ARN('fs-default-key'),
      add: (account) => {
        addKey(account, 'aws-efs-key', { manager: 'AWS', description: 'Default key for EFS' });
        addFileSystem(account, 'fs-default-key', KEY_ARN('aws-efs-key'));
      },
    },
  },
  {
    name: 'EFS encrypted with the service key named by its alias',
    status: 'FAIL',
    template: {
      logicalId: 'AliasKey',
      resources: {
        AliasKey: {
          Type: 'AWS::EFS::FileSystem',
          Properties: { Encrypted: true, KmsKeyId: 'alias/aws/elasticfilesystem' },
        },
      },
    },
    live: {
      id: FS_ARN('fs-alias-key'),
      add: (account) => addFileSystem(account, 'fs-alias-key', KEY_ARN('aws-efs-key')),
    },
  },
  {
    name: 'EFS encrypted with a customer-managed key',
    status: 'PASS',
    template: {
      logicalId: 'OwnKey',
      resources: {
        ...TEMPLATE_KEY,
        OwnKey: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true, KmsKeyId: KEY_REF } },
      },
    },
    live: {
      id: FS_ARN('fs-own-key'),
      add: (account) => {
        addKey(account, 'customer-efs-key', { rotation: true });
        addFileSystem(account, 'fs-own-key', KEY_ARN('customer-efs-key'));
      },
    },
  },
]);

parityCases('kms-key-rotation', [
  {
    name: 'a customer key created without EnableKeyRotation',
    status: 'FAIL',
    template: { logicalId: 'Static', resources: { Static: { Type: 'AWS::KMS::Key', Properties: {} } } },
    live: { id: KEY_ARN('static-key'), add: (account) => addKey(account, 'static-key', { rotation: false }) },
  },
  {
    name: 'a customer key with automatic rotation',
    status: 'PASS',
    template: {
      logicalId: 'Rotating',
      resources: { Rotating: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } } },
    },
    live: {
      id: KEY_ARN('rotating-key'),
      add: (account) => addKey(account, 'rotating-key', { rotation: true }),
    },
  },
  {
    name: 'an asymmetric signing key cannot rotate',
    status: 'NOT_APPLICABLE',
    template: {
      logicalId: 'Signing',
      resources: {
        Signing: { Type: 'AWS::KMS::Key', Properties: { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' } },
      },
    },
    live: {
      id: KEY_ARN('signing-key'),
      add: (account) => addKey(account, 'signing-key', { spec: 'RSA_2048', rotation: false }),
    },
  },
]);

const VAULT_ARN = (name: string) => `arn:aws:backup:${ARN}:backup-vault:${name}`;

function addVault(account: FakeAccount, name: string, keyId: string): void {
  ((region(account).backup ??= {}).vaults ??= []).push({
    vault: {
      BackupVaultName: name,
      BackupVaultArn: VAULT_ARN(name),
      EncryptionKeyArn: keyId,
      Locked: false,
      NumberOfRecoveryPoints: 0,
    },
  });
}

parityCases('backup-vault-encrypted-cmk', [
  {
    name: "a vault created without EncryptionKeyArn (AWS Backup's aws/backup key)",
    status: 'FAIL',
    template: {
      logicalId: 'DefaultVault',
      resources: {
        DefaultVault: { Type: 'AWS::Backup::BackupVault', Properties: { BackupVaultName: 'default-vault' } },
      },
    },
    live: {
      id: VAULT_ARN('default-vault'),
      add: (account) => {
        addKey(account, 'aws-backup-key', { manager: 'AWS', description: 'Default key for AWS Backup' });
        addVault(account, 'default-vault', KEY_ARN('aws-backup-key'));
      },
    },
  },
  {
    name: 'a vault encrypted with a customer-managed key',
    status: 'PASS',
    template: {
      logicalId: 'OwnVault',
      resources: {
        ...TEMPLATE_KEY,
        OwnVault: {
          Type: 'AWS::Backup::BackupVault',
          Properties: { BackupVaultName: 'own-vault', EncryptionKeyArn: KEY_REF },
        },
      },
    },
    live: {
      id: VAULT_ARN('own-vault'),
      add: (account) => {
        addKey(account, 'customer-backup-key', { rotation: true });
        addVault(account, 'own-vault', KEY_ARN('customer-backup-key'));
      },
    },
  },
]);

const NOTEBOOK = { InstanceType: 'ml.t3.medium', RoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/sm` };
const NOTEBOOK_ARN = (name: string) => `arn:aws:sagemaker:${ARN}:notebook-instance/${name}`;

function addNotebook(account: FakeAccount, name: string, keyId: string | undefined): void {
  ((region(account).sagemaker ??= {}).notebookInstances ??= []).push({
    NotebookInstanceName: name,
    NotebookInstanceArn: NOTEBOOK_ARN(name),
    NotebookInstanceStatus: 'InService',
    DirectInternetAccess: 'Disabled',
    ...(keyId ? { KmsKeyId: keyId } : {}),
  });
}

parityCases('sagemaker-notebook-encrypted-with-kms', [
  {
    name: 'a notebook without a KMS key',
    status: 'FAIL',
    template: {
      logicalId: 'Plain',
      resources: { Plain: { Type: 'AWS::SageMaker::NotebookInstance', Properties: NOTEBOOK } },
    },
    live: { id: NOTEBOOK_ARN('plain'), add: (account) => addNotebook(account, 'plain', undefined) },
  },
  {
    name: 'a notebook with a KMS key',
    status: 'PASS',
    template: {
      logicalId: 'Sealed',
      resources: {
        Sealed: {
          Type: 'AWS::SageMaker::NotebookInstance',
          Properties: { ...NOTEBOOK, KmsKeyId: KEY_ARN('notebook-key') },
        },
      },
    },
    live: {
      id: NOTEBOOK_ARN('sealed'),
      add: (account) => addNotebook(account, 'sealed', KEY_ARN('notebook-key')),
    },
  },
]);

const DOMAIN_ARN = (name: string) => `arn:aws:es:${ARN}:domain/${name}`;

function addDomain(account: FakeAccount, name: string, keyId: string | undefined): void {
  (region(account).opensearch ??= { domains: [] }).domains.push({
    DomainId: `${PARITY_ACCOUNT}/${name}`,
    DomainName: name,
    ARN: DOMAIN_ARN(name),
    ClusterConfig: {},
    EngineVersion: 'OpenSearch_2.11',
    EncryptionAtRestOptions: keyId ? { Enabled: true, KmsKeyId: keyId } : { Enabled: false },
    NodeToNodeEncryptionOptions: { Enabled: true },
  });
}

parityCases('opensearch-domain-encrypted', [
  {
    // Written out: a template that omits EncryptionAtRestOptions is UNKNOWN (CloudFormation documents no default).
    name: 'a domain with encryption at rest off',
    status: 'FAIL',
    template: {
      logicalId: 'OpenDomain',
      resources: {
        OpenDomain: {
          Type: 'AWS::OpenSearchService::Domain',
          Properties: { DomainName: 'open-domain', EncryptionAtRestOptions: { Enabled: false } },
        },
      },
    },
    live: { id: DOMAIN_ARN('open-domain'), add: (account) => addDomain(account, 'open-domain', undefined) },
  },
  {
    name: 'a domain encrypted at rest with a customer key',
    status: 'PASS',
    template: {
      logicalId: 'SealedDomain',
      resources: {
        ...TEMPLATE_KEY,
        SealedDomain: {
          Type: 'AWS::OpenSearchService::Domain',
          Properties: {
            DomainName: 'sealed-domain',
            EncryptionAtRestOptions: { Enabled: true, KmsKeyId: KEY_REF },
          },
        },
      },
    },
    live: {
      id: DOMAIN_ARN('sealed-domain'),
      add: (account) => {
        addKey(account, 'domain-key', { rotation: true });
        addDomain(account, 'sealed-domain', KEY_ARN('domain-key'));
      },
    },
  },
]);
