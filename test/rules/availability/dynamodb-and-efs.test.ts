import { ruleCases } from '../../support/rule-cases.js';

const table = (properties: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
      ${properties}`;

const globalTable = (replica1: string, replica2: string) => `
Resources:
  Table:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST
      Replicas:
        - { Region: us-east-1${replica1} }
        - { Region: eu-west-1${replica2} }`;

ruleCases('dynamodb-point-in-time-recovery', {
  pass: [
    {
      name: 'PITR enabled',
      template: table('PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }'),
    },
    {
      name: 'every global table replica has PITR',
      template: globalTable(
        ', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }',
        ', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }',
      ),
    },
  ],
  fail: [
    { name: 'unset: disabled by default', template: table('TableClass: STANDARD') },
    {
      name: 'one global table replica without PITR',
      template: globalTable(', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }', ''),
    },
  ],
  unknown: [
    {
      name: 'flag from a parameter',
      template: table('PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: !Ref Flag }'),
    },
  ],
});

ruleCases('dynamodb-deletion-protection', {
  pass: [
    { name: 'deletion protection on', template: table('DeletionProtectionEnabled: true') },
    {
      name: 'every replica protected',
      template: globalTable(', DeletionProtectionEnabled: true', ', DeletionProtectionEnabled: true'),
    },
  ],
  fail: [
    { name: 'unset: off by default', template: table('TableClass: STANDARD') },
    { name: 'one replica unprotected', template: globalTable(', DeletionProtectionEnabled: true', '') },
  ],
  unknown: [{ name: 'flag from a parameter', template: table('DeletionProtectionEnabled: !Ref Flag') }],
});

const fileSystem = (properties: string) => `
Parameters:
  Status: { Type: String }
Resources:
  Fs:
    Type: AWS::EFS::FileSystem
    Properties: { Encrypted: true${properties} }`;

ruleCases('efs-automatic-backups', {
  pass: [{ name: 'backup policy enabled', template: fileSystem(', BackupPolicy: { Status: ENABLED }') }],
  fail: [
    { name: 'no backup policy: off when created through the API', template: fileSystem('') },
    { name: 'backup policy disabled', template: fileSystem(', BackupPolicy: { Status: DISABLED }') },
  ],
  unknown: [
    { name: 'status from a parameter', template: fileSystem(', BackupPolicy: { Status: !Ref Status }') },
  ],
});
