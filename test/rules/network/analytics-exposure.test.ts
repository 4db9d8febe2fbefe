import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER = 'NodeType: ra3.xlplus, ClusterType: single-node, DBName: dev, MasterUsername: admin';

ruleCases('redshift-cluster-not-public', {
  pass: [
    {
      name: 'PubliclyAccessible unset: private by default',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER} }`,
    },
  ],
  fail: [
    {
      name: 'PubliclyAccessible true',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, PubliclyAccessible: true }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Public: { Type: String }
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, PubliclyAccessible: !Ref Public }`,
    },
  ],
});

const INSTANCE = 'ReplicationInstanceClass: dms.t3.medium';

ruleCases('dms-replication-instance-not-public', {
  pass: [
    {
      name: 'PubliclyAccessible false',
      template: `
Resources:
  Dms:
    Type: AWS::DMS::ReplicationInstance
    Properties: { ${INSTANCE}, PubliclyAccessible: false }`,
    },
  ],
  fail: [
    {
      name: 'PubliclyAccessible unset: DMS makes instances public by default',
      message: 'PubliclyAccessible is true',
      template: `
Resources:
  Dms:
    Type: AWS::DMS::ReplicationInstance
    Properties: { ${INSTANCE} }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Public: { Type: String }
Resources:
  Dms:
    Type: AWS::DMS::ReplicationInstance
    Properties: { ${INSTANCE}, PubliclyAccessible: !Ref Public }`,
    },
  ],
});

ruleCases('opensearch-domain-in-vpc', {
  pass: [
    {
      name: 'VPC options with subnets',
      template: `
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { VPCOptions: { SubnetIds: [subnet-1], SecurityGroupIds: [sg-1] } }`,
    },
  ],
  fail: [
    {
      name: 'no VPC options: a public endpoint',
      message: 'public endpoint',
      template: `
Resources:
  Search:
    Type: AWS::Elasticsearch::Domain
    Properties: { ElasticsearchVersion: '7.10' }`,
    },
  ],
  unknown: [
    {
      name: 'subnets from a parameter without default',
      template: `
Parameters:
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { VPCOptions: { SubnetIds: !Ref Subnets } }`,
    },
  ],
});

const NOTEBOOK = 'InstanceType: ml.t3.medium, RoleArn: arn:aws:iam::111122223333:role/sm';

ruleCases('sagemaker-notebook-no-direct-internet', {
  pass: [
    {
      name: 'DirectInternetAccess Disabled',
      template: `
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { ${NOTEBOOK}, SubnetId: subnet-1, SecurityGroupIds: [sg-1], DirectInternetAccess: Disabled }`,
    },
  ],
  fail: [
    {
      name: 'unset: notebooks are internet-enabled by default',
      template: `
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { ${NOTEBOOK} }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Internet: { Type: String }
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties: { ${NOTEBOOK}, DirectInternetAccess: !Ref Internet }`,
    },
  ],
});
