import { ruleCases } from '../support/rule-cases.js';

const CMK = `
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: '2012-10-17', Statement: [] }`;

ruleCases('storage-encrypted', {
  pass: [
    {
      name: 'S3 default encryption is an AWS-owned key',
      message: 'AWS-owned',
      template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket`,
    },
    {
      name: 'RDS with the AWS-managed key',
      message: 'AWS-managed',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: true }`,
    },
    {
      name: 'EBS with a customer-managed key from the same template',
      message: 'customer-managed',
      resource: 'Volume',
      template: `
Resources:${CMK}
  Volume:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: true, KmsKeyId: !GetAtt Key.Arn }`,
    },
    {
      name: 'SQS with an imported key: encrypted for sure, manager unknown',
      message: 'manager is unknown',
      template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { KmsMasterKeyId: !ImportValue shared-key-arn }`,
    },
  ],
  fail: [
    {
      name: 'RDS without StorageEncrypted',
      message: 'not encrypted at rest',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro }`,
    },
    {
      name: 'EBS volume with Encrypted false',
      template: `
Resources:
  Volume:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: false }`,
    },
  ],
  unknown: [
    {
      name: 'encryption flag from a parameter without default',
      template: `
Parameters:
  Encrypt: { Type: String, AllowedValues: ['true', 'false'] }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: !Ref Encrypt }`,
    },
    {
      name: 'Fn::If on a condition that depends on an unset parameter',
      template: `
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Volume:
    Type: AWS::EC2::Volume
    Properties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: !If [IsProd, true, false] }`,
    },
  ],
});

ruleCases('storage-encrypted-with-cmk', {
  pass: [
    {
      name: 'DynamoDB with a customer-managed key',
      resource: 'Table',
      template: `
Resources:${CMK}
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      BillingMode: PAY_PER_REQUEST
      SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref Key }`,
    },
  ],
  fail: [
    {
      name: 'DynamoDB default (AWS-owned key)',
      message: 'not a customer-managed KMS key',
      template: `
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
      BillingMode: PAY_PER_REQUEST`,
    },
    {
      name: 'SNS with the AWS-managed alias',
      message: 'AWS-managed',
      template: `
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties: { KmsMasterKeyId: alias/aws/sns }`,
    },
  ],
  unknown: [
    {
      name: 'key imported from another stack',
      message: 'manager is unknown',
      template: `
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { KmsKeyId: !ImportValue shared-key-arn }`,
    },
    {
      name: 'key id from a parameter without default',
      template: `
Parameters:
  KeyArn: { Type: String }
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { KmsMasterKeyId: !Ref KeyArn }`,
    },
  ],
});

ruleCases('kms-key-rotation', {
  pass: [{ name: 'rotation enabled', template: `Resources:${CMK}` }],
  fail: [
    {
      name: 'rotation not enabled',
      message: 'disabled',
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
  ],
  unknown: [
    {
      name: 'rotation from a parameter without default',
      template: `
Parameters:
  Rotate: { Type: String }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: !Ref Rotate, KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
  ],
  notApplicable: [
    {
      name: 'asymmetric signing key',
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeySpec: ECC_NIST_P256, KeyUsage: SIGN_VERIFY, KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
  ],
});
