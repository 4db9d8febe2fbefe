import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER = 'NodeType: ra3.xlplus, ClusterType: single-node, DBName: dev, MasterUsername: admin';

ruleCases('redshift-cluster-encrypted', {
  pass: [
    {
      name: 'Encrypted unset: CreateCluster encrypts by default',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER} }`,
    },
    {
      name: 'a customer-managed key from the template',
      message: 'customer-managed',
      resource: 'Dw',
      template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [] } }
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, Encrypted: true, KmsKeyId: !Ref Key }`,
    },
  ],
  fail: [
    {
      name: 'Encrypted false',
      message: 'not encrypted',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, Encrypted: false }`,
    },
  ],
  unknown: [
    {
      name: 'Encrypted from a parameter without default',
      template: `
Parameters:
  Encrypt: { Type: String }
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, Encrypted: !Ref Encrypt }`,
    },
  ],
});

ruleCases('opensearch-domain-encrypted', {
  pass: [
    {
      name: 'encryption at rest with the service key',
      template: `
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { EncryptionAtRestOptions: { Enabled: true } }`,
    },
    {
      name: 'a legacy Elasticsearch domain with encryption at rest',
      template: `
Resources:
  Search:
    Type: AWS::Elasticsearch::Domain
    Properties: { EncryptionAtRestOptions: { Enabled: true, KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/abc } }`,
    },
  ],
  fail: [
    {
      name: 'encryption at rest disabled',
      template: `
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { EncryptionAtRestOptions: { Enabled: false } }`,
    },
  ],
  unknown: [
    {
      name: 'encryption at rest not set: AWS documents no create default',
      message: 'EncryptionAtRestOptions.Enabled is not set',
      template: `
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { EngineVersion: OpenSearch_2.11 }`,
    },
  ],
});

ruleCases('kinesis-stream-encrypted', {
  pass: [
    {
      name: 'KMS with the AWS-managed key',
      message: 'AWS-managed',
      template: `
Resources:
  Events:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1, StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis } }`,
    },
  ],
  fail: [
    {
      name: 'no StreamEncryption: created unencrypted',
      template: `
Resources:
  Events:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1 }`,
    },
  ],
  unknown: [
    {
      name: 'encryption type from a parameter without default',
      template: `
Parameters:
  Mode: { Type: String }
Resources:
  Events:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1, StreamEncryption: { EncryptionType: !Ref Mode, KeyId: alias/aws/kinesis } }`,
    },
  ],
});

const NOTEBOOK = 'InstanceType: ml.t3.medium, RoleArn: arn:aws:iam::111122223333:role/sm';

ruleCases('sagemaker-notebook-encrypted-with-kms', {
  pass: [
    {
      name: 'a KMS key',
      template: `
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { ${NOTEBOOK}, KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/abc }`,
    },
  ],
  fail: [
    {
      name: 'no KMS key',
      template: `
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { ${NOTEBOOK} }`,
    },
  ],
  unknown: [
    {
      name: 'a key imported from another stack, known only at deployment',
      template: `
Parameters:
  Key: { Type: String }
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { ${NOTEBOOK}, KmsKeyId: !Ref Key }`,
    },
  ],
});

const VARIANTS =
  'ProductionVariants: [{ ModelName: m, VariantName: v, InitialInstanceCount: 1, InstanceType: ml.m5.large }]';

ruleCases('sagemaker-endpoint-config-encrypted-with-kms', {
  pass: [
    {
      name: 'a KMS key',
      template: `
Resources:
  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties: { ${VARIANTS}, KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/abc }`,
    },
  ],
  fail: [
    {
      name: 'no KMS key',
      template: `
Resources:
  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties: { ${VARIANTS} }`,
    },
  ],
  unknown: [
    {
      name: 'a key from a parameter without default',
      template: `
Parameters:
  Key: { Type: String }
Resources:
  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties: { ${VARIANTS}, KmsKeyId: !Ref Key }`,
    },
  ],
});
