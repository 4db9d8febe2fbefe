import { ruleCases } from '../../support/rule-cases.js';

// Aurora User Guide, Using Amazon Aurora Serverless v1: "the cluster volume is always encrypted. You can
// choose the encryption key, but you can't disable encryption."
const CLUSTER = `
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: admin
      ManageMasterUserPassword: true`;

const MODE_PARAMETER = `
Parameters:
  Mode: { Type: String }`;

const MODE_UNKNOWN =
  'Cluster.EngineMode: parameter Mode has no value; pass --parameters Mode=...: an Aurora Serverless v1 ' +
  '(EngineMode serverless) cluster is always encrypted, any other is not encrypted without StorageEncrypted';

ruleCases('storage-encrypted', {
  pass: [
    {
      name: 'Serverless v1 without StorageEncrypted: the AWS-managed key',
      says: 'encrypted with the AWS-managed KMS key',
      evidence: { encryption: 'aws-managed' },
      template: `
Resources:
  Cluster:${CLUSTER}
      EngineMode: serverless`,
    },
    {
      name: 'Serverless v1 (aurora-mysql) with StorageEncrypted from a parameter without value: false would be rejected',
      says: 'encrypted with the AWS-managed KMS key',
      evidence: { encryption: 'aws-managed' },
      template: `
Parameters:
  Encrypt: { Type: String }
Resources:
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineMode: serverless
      StorageEncrypted: !Ref Encrypt
      MasterUsername: admin
      ManageMasterUserPassword: true`,
    },
    {
      name: 'EngineMode given as serverless through a parameter value',
      says: 'encrypted with the AWS-managed KMS key',
      parameters: { Mode: 'serverless' },
      template: `${MODE_PARAMETER}
Resources:
  Cluster:${CLUSTER}
      EngineMode: !Ref Mode`,
    },
    {
      name: 'EngineMode unresolved but KmsKeyId set: encrypted in either mode',
      says: 'encrypted with KMS key arn:aws:kms:us-east-1:111122223333:key/k, whose manager is unknown',
      template: `${MODE_PARAMETER}
Resources:
  Cluster:${CLUSTER}
      EngineMode: !Ref Mode
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/k`,
    },
  ],
  fail: [
    {
      name: 'provisioned cluster without StorageEncrypted keeps the unencrypted default',
      says: 'not encrypted at rest',
      template: `
Resources:
  Cluster:${CLUSTER}
      EngineMode: provisioned`,
    },
    {
      name: 'Serverless v2 (provisioned with ServerlessV2ScalingConfiguration) without StorageEncrypted',
      says: 'not encrypted at rest',
      template: `
Resources:
  Cluster:${CLUSTER}
      ServerlessV2ScalingConfiguration: { MinCapacity: 0.5, MaxCapacity: 4 }`,
    },
    {
      name: 'EngineMode given as provisioned through a parameter value',
      says: 'not encrypted at rest',
      parameters: { Mode: 'provisioned' },
      template: `${MODE_PARAMETER}
Resources:
  Cluster:${CLUSTER}
      EngineMode: !Ref Mode`,
    },
    {
      name: 'Serverless v1 with StorageEncrypted false stays as written (CreateDBCluster rejects it)',
      says: 'not encrypted at rest',
      template: `
Resources:
  Cluster:${CLUSTER}
      EngineMode: serverless
      StorageEncrypted: false`,
    },
  ],
  unknown: [
    {
      name: 'EngineMode from a parameter without value and no StorageEncrypted: may be Serverless v1',
      says: MODE_UNKNOWN,
      template: `${MODE_PARAMETER}
Resources:
  Cluster:${CLUSTER}
      EngineMode: !Ref Mode`,
    },
  ],
});

ruleCases('storage-encrypted-with-cmk', {
  fail: [
    {
      name: 'Serverless v1 without StorageEncrypted or KmsKeyId: the AWS-managed key',
      says: 'encrypted with the AWS-managed KMS key, not a customer-managed KMS key',
      evidence: { encryption: 'aws-managed' },
      template: `
Resources:
  Cluster:${CLUSTER}
      EngineMode: serverless`,
    },
  ],
  unknown: [
    {
      name: 'EngineMode from a parameter without value and no StorageEncrypted',
      says: MODE_UNKNOWN,
      template: `${MODE_PARAMETER}
Resources:
  Cluster:${CLUSTER}
      EngineMode: !Ref Mode`,
    },
  ],
});
