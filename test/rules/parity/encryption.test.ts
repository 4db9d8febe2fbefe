import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

function addFileSystem(account: FakeAccount, id: string, encrypted: boolean): void {
  const region = (account.regions['us-east-1'] ??= {});
  const efs = (region.efs ??= { fileSystems: [] });
  efs.fileSystems.push({
    FileSystemId: id,
    FileSystemArn: `arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/${id}`,
    Encrypted: encrypted,
    ...(encrypted ? { KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/aws-efs' } : {}),
    OwnerId: '111122223333',
    CreationToken: id,
    CreationTime: new Date('2026-01-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 0 },
    PerformanceMode: 'generalPurpose',
    Tags: [],
  });
}

parityCases('storage-encrypted', [
  {
    name: 'an EFS file system created without Encrypted is unencrypted',
    status: 'FAIL',
    template: { logicalId: 'Plain', resources: { Plain: { Type: 'AWS::EFS::FileSystem', Properties: {} } } },
    live: {
      id: 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-plain',
      add: (account) => addFileSystem(account, 'fs-plain', false),
    },
  },
  {
    name: 'an encrypted EFS file system',
    status: 'PASS',
    template: {
      logicalId: 'Sealed',
      resources: { Sealed: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } } },
    },
    live: {
      id: 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-sealed',
      add: (account) => addFileSystem(account, 'fs-sealed', true),
    },
  },
]);
