/** RDS and EFS TLS enforcement: one verdict from a template and from the same resources served live. */
import type { DBInstance, Parameter } from '@aws-sdk/client-rds';
import { parityCases, PARITY_ACCOUNT, PARITY_REGION } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const region = (account: FakeAccount) => (account.regions[PARITY_REGION] ??= {});
const DB_ARN = (id: string) => `arn:aws:rds:${PARITY_REGION}:${PARITY_ACCOUNT}:db:${id}`;
const CLUSTER_ID = (id: string) => `arn:aws:rds:${PARITY_REGION}:${PARITY_ACCOUNT}:cluster:${id}`;

/** A parameter as DescribeDBParameters lists it; without a value it is at the engine default. */
const parameter = (ParameterName: string, ParameterValue?: string): Parameter => ({
  ParameterName,
  ...(ParameterValue === undefined ? {} : { ParameterValue }),
  Source: ParameterValue === undefined ? 'engine-default' : 'user',
  ApplyType: 'dynamic',
});

/** Groups hold many parameters; the filler makes the collector read more than one page of 100. */
const filler = Array.from({ length: 120 }, (_, index) => parameter(`filler_${index}`, '0'));

function addInstance(
  account: FakeAccount,
  id: string,
  settings: Partial<DBInstance>,
  groupName: string,
  parameters: Parameter[],
): void {
  const rds = (region(account).rds ??= {});
  (rds.instances ??= []).push({
    DBInstanceIdentifier: id,
    DBInstanceArn: DB_ARN(id),
    DBInstanceClass: 'db.t4g.micro',
    StorageEncrypted: true,
    PubliclyAccessible: false,
    DBParameterGroups: [{ DBParameterGroupName: groupName, ParameterApplyStatus: 'in-sync' }],
    ...settings,
  });
  (rds.parameterGroups ??= {})[groupName] = [...filler, ...parameters];
}

const instanceTemplate = (logicalId: string, properties: Record<string, unknown>, extra = {}) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        DBInstanceClass: 'db.t4g.micro',
        AllocatedStorage: '20',
        StorageEncrypted: true,
        ...properties,
      },
    },
    ...extra,
  },
});

parityCases('rds-enforces-tls', [
  {
    name: 'MySQL 8.0 on its default parameter group',
    status: 'FAIL',
    template: instanceTemplate('MySqlDefault', { Engine: 'mysql', EngineVersion: '8.0.39' }),
    live: {
      id: DB_ARN('mysql-default'),
      add: (account) =>
        addInstance(
          account,
          'mysql-default',
          { Engine: 'mysql', EngineVersion: '8.0.39' },
          'default.mysql8.0',
          [parameter('require_secure_transport')],
        ),
    },
  },
  {
    name: 'PostgreSQL 14 with rds.force_ssl 1 in a custom group',
    status: 'PASS',
    template: instanceTemplate(
      'PgForced',
      { Engine: 'postgres', EngineVersion: '14.12', DBParameterGroupName: { Ref: 'PgParams' } },
      {
        PgParams: {
          Type: 'AWS::RDS::DBParameterGroup',
          Properties: { Family: 'postgres14', Description: 'TLS', Parameters: { 'rds.force_ssl': '1' } },
        },
      },
    ),
    live: {
      id: DB_ARN('pg-forced'),
      add: (account) =>
        addInstance(account, 'pg-forced', { Engine: 'postgres', EngineVersion: '14.12' }, 'tls-postgres14', [
          parameter('rds.force_ssl', '1'),
        ]),
    },
  },
  {
    name: 'PostgreSQL 16 on its default group (rds.force_ssl 1 from version 15)',
    status: 'PASS',
    template: instanceTemplate('Pg16Default', { Engine: 'postgres', EngineVersion: '16.4' }),
    live: {
      id: DB_ARN('pg16-default'),
      add: (account) =>
        addInstance(
          account,
          'pg16-default',
          { Engine: 'postgres', EngineVersion: '16.4' },
          'default.postgres16',
          [parameter('rds.force_ssl', '1')],
        ),
    },
  },
  {
    name: 'Aurora MySQL cluster with require_secure_transport ON in its cluster parameter group',
    status: 'PASS',
    template: {
      logicalId: 'Aurora',
      resources: {
        Aurora: {
          Type: 'AWS::RDS::DBCluster',
          Properties: { Engine: 'aurora-mysql', DBClusterParameterGroupName: { Ref: 'AuroraParams' } },
        },
        AuroraParams: {
          Type: 'AWS::RDS::DBClusterParameterGroup',
          Properties: {
            Family: 'aurora-mysql8.0',
            Description: 'TLS',
            Parameters: { require_secure_transport: 'ON' },
          },
        },
      },
    },
    live: {
      id: CLUSTER_ID('aurora-tls'),
      add: (account) => {
        const rds = (region(account).rds ??= {});
        (rds.clusters ??= []).push({
          DBClusterIdentifier: 'aurora-tls',
          DBClusterArn: CLUSTER_ID('aurora-tls'),
          Engine: 'aurora-mysql',
          EngineVersion: '8.0.mysql_aurora.3.08.0',
          StorageEncrypted: true,
          DBClusterParameterGroup: 'aurora-tls-params',
        });
        (rds.clusterParameterGroups ??= {})['aurora-tls-params'] = [
          ...filler,
          parameter('require_secure_transport', 'ON'),
        ];
      },
    },
  },
]);

const FS_ARN = (id: string) =>
  `arn:aws:elasticfilesystem:${PARITY_REGION}:${PARITY_ACCOUNT}:file-system/${id}`;
const DENY_PLAIN = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyPlainNfs',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: '*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
};

function addFileSystem(account: FakeAccount, id: string, policy?: object): void {
  const efs = (region(account).efs ??= { fileSystems: [] });
  efs.fileSystems.push({
    FileSystemId: id,
    FileSystemArn: FS_ARN(id),
    Encrypted: true,
    OwnerId: PARITY_ACCOUNT,
    CreationToken: id,
    CreationTime: new Date('2026-01-01T00:00:00Z'),
    LifeCycleState: 'available',
    NumberOfMountTargets: 0,
    SizeInBytes: { Value: 0 },
    PerformanceMode: 'generalPurpose',
    Tags: [],
  });
  if (policy) (efs.fileSystemPolicies ??= {})[id] = JSON.stringify(policy);
}

parityCases('efs-enforces-tls', [
  {
    name: 'no file system policy',
    status: 'FAIL',
    template: {
      logicalId: 'Open',
      resources: { Open: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true } } },
    },
    live: { id: FS_ARN('fs-open'), add: (account) => addFileSystem(account, 'fs-open') },
  },
  {
    name: 'a policy denying every action without TLS',
    status: 'PASS',
    template: {
      logicalId: 'TlsOnly',
      resources: {
        TlsOnly: {
          Type: 'AWS::EFS::FileSystem',
          Properties: { Encrypted: true, FileSystemPolicy: DENY_PLAIN },
        },
      },
    },
    live: { id: FS_ARN('fs-tls'), add: (account) => addFileSystem(account, 'fs-tls', DENY_PLAIN) },
  },
]);
