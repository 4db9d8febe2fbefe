import type { DBInstance } from '@aws-sdk/client-rds';
import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ARN = (id: string) => `arn:aws:rds:us-east-1:111122223333:db:${id}`;

/** A DB instance as DescribeDBInstances returns it, with the settings RDS applies when a request leaves them out. */
function addInstance(account: FakeAccount, id: string, settings: Partial<DBInstance>): void {
  const region = (account.regions['us-east-1'] ??= {});
  const rds = (region.rds ??= {});
  (rds.instances ??= []).push({
    DBInstanceIdentifier: id,
    DBInstanceArn: ARN(id),
    Engine: 'postgres',
    DBInstanceClass: 'db.t4g.micro',
    StorageEncrypted: true,
    PubliclyAccessible: false,
    BackupRetentionPeriod: 1,
    DeletionProtection: false,
    IAMDatabaseAuthenticationEnabled: false,
    CopyTagsToSnapshot: false,
    MultiAZ: false,
    ...settings,
  });
}

const template = (logicalId: string, properties: Record<string, unknown>) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        Engine: 'postgres',
        DBInstanceClass: 'db.t4g.micro',
        StorageEncrypted: true,
        ...properties,
      },
    },
  },
});

parityCases('db-backups-enabled', [
  {
    name: 'retention left to the default (1 day)',
    status: 'PASS',
    template: template('Defaulted', {}),
    live: { id: ARN('defaulted'), add: (account) => addInstance(account, 'defaulted', {}) },
  },
  {
    name: 'retention 0',
    status: 'FAIL',
    template: template('NoBackups', { BackupRetentionPeriod: 0 }),
    live: {
      id: ARN('no-backups'),
      add: (account) => addInstance(account, 'no-backups', { BackupRetentionPeriod: 0 }),
    },
  },
  {
    name: 'a read replica, created with backups off',
    status: 'NOT_APPLICABLE',
    message: 'a read replica of ',
    template: {
      logicalId: 'Replica',
      resources: {
        Replica: {
          Type: 'AWS::RDS::DBInstance',
          Properties: { SourceDBInstanceIdentifier: 'primary', DBInstanceClass: 'db.t4g.micro' },
        },
      },
    },
    live: {
      id: ARN('replica'),
      add: (account) =>
        addInstance(account, 'replica', {
          BackupRetentionPeriod: 0,
          ReadReplicaSourceDBInstanceIdentifier: 'primary',
        }),
    },
  },
]);

parityCases('db-deletion-protection', [
  {
    name: 'left to the default (off)',
    status: 'FAIL',
    template: template('Unprotected', {}),
    live: { id: ARN('unprotected'), add: (account) => addInstance(account, 'unprotected', {}) },
  },
  {
    name: 'turned on',
    status: 'PASS',
    template: template('Protected', { DeletionProtection: true }),
    live: {
      id: ARN('protected'),
      add: (account) => addInstance(account, 'protected', { DeletionProtection: true }),
    },
  },
]);

parityCases('db-log-exports', [
  {
    // RDS leaves EnabledCloudwatchLogsExports out of the answer when nothing is exported.
    name: 'nothing exported',
    status: 'FAIL',
    template: template('Silent', {}),
    live: { id: ARN('silent'), add: (account) => addInstance(account, 'silent', {}) },
  },
  {
    name: 'postgresql log exported',
    status: 'PASS',
    template: template('Exporting', { EnableCloudwatchLogsExports: ['postgresql'] }),
    live: {
      id: ARN('exporting'),
      add: (account) => addInstance(account, 'exporting', { EnabledCloudwatchLogsExports: ['postgresql'] }),
    },
  },
]);

parityCases('db-multi-az', [
  {
    name: 'Single-AZ by default',
    status: 'FAIL',
    template: template('SingleAz', {}),
    live: { id: ARN('single-az'), add: (account) => addInstance(account, 'single-az', {}) },
  },
  {
    name: 'Multi-AZ',
    status: 'PASS',
    template: template('MultiAz', { MultiAZ: true }),
    live: { id: ARN('multi-az'), add: (account) => addInstance(account, 'multi-az', { MultiAZ: true }) },
  },
]);

parityCases('db-iam-authentication', [
  {
    name: 'IAM authentication on',
    status: 'PASS',
    template: template('IamAuth', { EnableIAMDatabaseAuthentication: true }),
    live: {
      id: ARN('iam-auth'),
      add: (account) => addInstance(account, 'iam-auth', { IAMDatabaseAuthenticationEnabled: true }),
    },
  },
]);

parityCases('db-copy-tags-to-snapshots', [
  {
    name: 'tags not copied by default',
    status: 'FAIL',
    template: template('NoTagCopy', {}),
    live: { id: ARN('no-tag-copy'), add: (account) => addInstance(account, 'no-tag-copy', {}) },
  },
]);
