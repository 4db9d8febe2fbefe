import { unknown } from '../../src/inventory/maybe.js';
import { denied, kmsKey, liveInventory } from '../support/inventory-builder.js';
import { inventoryCases, ruleCases } from '../support/rule-cases.js';

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
      says: 'encrypted with an AWS-owned key (service default)',
      evidence: { encryption: 'aws-owned' },
      message: 'AWS-owned',
      template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket`,
    },
    {
      name: 'RDS with the AWS-managed key',
      says: 'encrypted with the AWS-managed KMS key',
      evidence: { encryption: 'aws-managed' },
      message: 'AWS-managed',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro, StorageEncrypted: true }`,
    },
    {
      name: 'EBS with a customer-managed key from the same template',
      says: 'encrypted with customer-managed KMS key template/Key',
      evidence: { encryption: 'customer-managed', keyId: 'template/Key' },
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
      says: 'encrypted with KMS key (unresolved), whose manager is unknown',
      evidence: {
        encryption: 'kms (manager unknown)',
        keyManagerUnknownBecause:
          "Queue.KmsMasterKeyId: imported from another stack's export shared-key-arn (Fn::ImportValue), which is not in the scanned templates",
      },
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
      says: 'not encrypted at rest',
      evidence: { encryption: 'unencrypted' },
      message: 'not encrypted at rest',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro }`,
    },
    {
      name: 'EBS volume with Encrypted false',
      says: 'not encrypted at rest',
      evidence: { encryption: 'unencrypted' },
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
      says: 'Db.StorageEncrypted: parameter Encrypt has no value; pass --parameters Encrypt=...',
      evidence: {},
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
      says: 'Volume.Encrypted: condition IsProd is unknown: parameter Env has no value; pass --parameters Env=...',
      evidence: {},
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
      says: 'encrypted with customer-managed KMS key template/Key',
      evidence: { encryption: 'customer-managed', keyId: 'template/Key' },
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
      name: 'unencrypted storage: deferred to storage-encrypted, counted here when that rule is not run',
      says: 'not encrypted at rest at all: see storage-encrypted, which fails it; choose a customer-managed KMS key when turning encryption on (counted here: storage-encrypted was not run)',
      evidence: { encryption: 'unencrypted', rootCauseRule: 'storage-encrypted' },
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t3.micro, AllocatedStorage: '20' }`,
    },
    {
      name: 'DynamoDB default (AWS-owned key)',
      says: 'encrypted with an AWS-owned key (service default), not a customer-managed KMS key',
      evidence: { encryption: 'aws-owned' },
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
      says: 'encrypted with the AWS-managed KMS key alias/aws/sns, not a customer-managed KMS key',
      evidence: { encryption: 'aws-managed', keyId: 'alias/aws/sns' },
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
      says: "encrypted with KMS key (unresolved), whose manager is unknown: Logs.KmsKeyId: imported from another stack's export shared-key-arn (Fn::ImportValue), which is not in the scanned templates",
      evidence: {
        encryption: 'kms (manager unknown)',
        keyManagerUnknownBecause:
          "Logs.KmsKeyId: imported from another stack's export shared-key-arn (Fn::ImportValue), which is not in the scanned templates",
      },
      message: 'manager is unknown',
      template: `
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { KmsKeyId: !ImportValue shared-key-arn }`,
    },
    {
      name: 'key id from a parameter without default',
      says: 'encrypted with KMS key (unresolved), whose manager is unknown: Queue.KmsMasterKeyId: parameter KeyArn has no value; pass --parameters KeyArn=...',
      evidence: {
        encryption: 'kms (manager unknown)',
        keyManagerUnknownBecause:
          'Queue.KmsMasterKeyId: parameter KeyArn has no value; pass --parameters KeyArn=...',
      },
      template: `
Parameters:
  KeyArn: { Type: String }
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { KmsMasterKeyId: !Ref KeyArn }`,
    },
  ],
  notApplicable: [
    {
      name: 'an Aurora cluster member',
      says: 'Aurora cluster member: storage encryption is set on its DB cluster',
      evidence: {},
      resource: 'Db',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: prod-cluster }`,
    },
  ],
});

ruleCases('kms-key-rotation', {
  pass: [
    {
      name: 'rotation enabled',
      says: 'automatic rotation is enabled',
      evidence: { rotationEnabled: true },
      template: `Resources:${CMK}`,
    },
  ],
  fail: [
    {
      name: 'rotation not enabled',
      says: 'automatic rotation is disabled',
      evidence: { rotationEnabled: false },
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
      says: 'Key.EnableKeyRotation: parameter Rotate has no value; pass --parameters Rotate=...',
      evidence: {},
      template: `
Parameters:
  Rotate: { Type: String }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { EnableKeyRotation: !Ref Rotate, KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
    {
      name: 'key spec from a parameter without default',
      says: 'Key.KeySpec: parameter Spec has no value; pass --parameters Spec=...',
      evidence: {},
      template: `
Parameters:
  Spec: { Type: String }
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeySpec: !Ref Spec, EnableKeyRotation: true, KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
  ],
  notApplicable: [
    {
      name: 'asymmetric signing key',
      says: 'ECC_NIST_P256 keys cannot rotate automatically',
      evidence: { keySpec: 'ECC_NIST_P256' },
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeySpec: ECC_NIST_P256, KeyUsage: SIGN_VERIFY, KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
    {
      name: 'imported key material',
      says: 'key material from EXTERNAL cannot rotate automatically',
      evidence: { keyMaterialOrigin: 'EXTERNAL' },
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { Origin: EXTERNAL, KeyPolicy: { Version: '2012-10-17', Statement: [] } }`,
    },
  ],
});

/** What only a live account shows: AWS-managed keys, key material origins, unreadable key metadata. */
inventoryCases('kms-key-rotation', {
  pass: [
    {
      name: 'a customer key of AWS_KMS origin with rotation on',
      says: 'automatic rotation is enabled',
      evidence: { rotationEnabled: true },
      inventory: () => liveInventory([kmsKey({ keyMaterialOrigin: 'AWS_KMS' })]),
    },
    {
      name: 'an unreadable origin does not excuse the key: rotation decides',
      says: 'automatic rotation is enabled',
      evidence: { rotationEnabled: true },
      inventory: () => liveInventory([kmsKey({ keyMaterialOrigin: unknown('origin not read') })]),
    },
  ],
  fail: [
    {
      name: 'an unreadable origin does not excuse a key without rotation',
      says: 'automatic rotation is disabled',
      evidence: { rotationEnabled: false },
      inventory: () =>
        liveInventory([kmsKey({ keyMaterialOrigin: unknown('origin not read'), rotationEnabled: false })]),
    },
  ],
  unknown: [
    {
      name: 'key manager unread',
      says: 'kms:DescribeKey: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([kmsKey({ keyManager: denied('kms:DescribeKey') })]),
    },
    {
      name: 'rotation status unread',
      says: 'kms:GetKeyRotationStatus: AccessDenied',
      evidence: {},
      inventory: () => liveInventory([kmsKey({ rotationEnabled: denied('kms:GetKeyRotationStatus') })]),
    },
  ],
  notApplicable: [
    {
      name: 'an AWS-managed key',
      says: 'AWS-managed key: AWS rotates it every year',
      evidence: {},
      inventory: () => liveInventory([kmsKey({ keyManager: 'AWS', rotationEnabled: false })]),
    },
    {
      name: 'a customer key with material from CloudHSM',
      says: 'key material from AWS_CLOUDHSM cannot rotate automatically',
      evidence: { keyMaterialOrigin: 'AWS_CLOUDHSM' },
      inventory: () => liveInventory([kmsKey({ keyMaterialOrigin: 'AWS_CLOUDHSM', rotationEnabled: false })]),
    },
  ],
});
