import { ruleCases } from '../../support/rule-cases.js';

const CLUSTER = 'NodeType: ra3.xlplus, ClusterType: single-node, DBName: dev, MasterUsername: admin';

function paramsGroup(value: string): string {
  return `
  Params:
    Type: AWS::Redshift::ClusterParameterGroup
    Properties:
      Description: params
      ParameterGroupFamily: redshift-1.0
      Parameters: [{ ParameterName: require_ssl, ParameterValue: '${value}' }]`;
}

ruleCases('redshift-cluster-requires-ssl', {
  pass: [
    {
      name: 'the template parameter group sets require_ssl true',
      resource: 'Dw',
      template: `
Resources:${paramsGroup('true')}
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, ClusterParameterGroupName: !Ref Params }`,
    },
  ],
  fail: [
    {
      name: 'the template parameter group sets require_ssl false',
      resource: 'Dw',
      message: 'require_ssl is false',
      template: `
Resources:${paramsGroup('false')}
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, ClusterParameterGroupName: !Ref Params }`,
    },
  ],
  unknown: [
    {
      name: 'the default parameter group is not in the template',
      message: 'default parameter group',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER} }`,
    },
    {
      name: 'a parameter group named from outside the template',
      message: 'is not in the template',
      template: `
Resources:
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, ClusterParameterGroupName: shared-params }`,
    },
    {
      name: 'a template parameter group that leaves require_ssl to the engine default',
      resource: 'Dw',
      message: 'does not set require_ssl',
      template: `
Resources:
  Params:
    Type: AWS::Redshift::ClusterParameterGroup
    Properties: { Description: p, ParameterGroupFamily: redshift-1.0, Parameters: [{ ParameterName: enable_user_activity_logging, ParameterValue: 'true' }] }
  Dw:
    Type: AWS::Redshift::Cluster
    Properties: { ${CLUSTER}, ClusterParameterGroupName: !Ref Params }`,
    },
  ],
});

ruleCases('opensearch-node-to-node-encryption', {
  pass: [
    {
      name: 'node-to-node encryption enabled',
      template: `
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { NodeToNodeEncryptionOptions: { Enabled: true } }`,
    },
  ],
  fail: [
    {
      name: 'not set: off by default',
      template: `
Resources:
  Search:
    Type: AWS::Elasticsearch::Domain
    Properties: { ElasticsearchVersion: '7.10' }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  N2N: { Type: String }
Resources:
  Search:
    Type: AWS::OpenSearchService::Domain
    Properties: { NodeToNodeEncryptionOptions: { Enabled: !Ref N2N } }`,
    },
  ],
});

const GROUP = 'ReplicationGroupDescription: cache, Engine: redis, CacheNodeType: cache.t4g.micro';

ruleCases('elasticache-redis-in-transit-encryption', {
  pass: [
    {
      name: 'TransitEncryptionEnabled true',
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, TransitEncryptionEnabled: true }`,
    },
  ],
  fail: [
    {
      name: 'not set: off by default',
      template: `
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP} }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Tls: { Type: String }
Resources:
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: { ${GROUP}, TransitEncryptionEnabled: !Ref Tls }`,
    },
  ],
});

const DAX = 'IAMRoleARN: arn:aws:iam::111122223333:role/dax, NodeType: dax.t3.small, ReplicationFactor: 1';

ruleCases('dax-cluster-endpoint-tls', {
  pass: [
    {
      name: 'TLS endpoint',
      template: `
Resources:
  Dax:
    Type: AWS::DAX::Cluster
    Properties: { ${DAX}, ClusterEndpointEncryptionType: TLS }`,
    },
  ],
  fail: [
    {
      name: 'not set: NONE',
      message: 'NONE',
      template: `
Resources:
  Dax:
    Type: AWS::DAX::Cluster
    Properties: { ${DAX} }`,
    },
  ],
  unknown: [
    {
      name: 'from a parameter without default',
      template: `
Parameters:
  Enc: { Type: String }
Resources:
  Dax:
    Type: AWS::DAX::Cluster
    Properties: { ${DAX}, ClusterEndpointEncryptionType: !Ref Enc }`,
    },
  ],
});

ruleCases('dms-redis-endpoint-tls', {
  pass: [
    {
      name: 'a Redis endpoint without SslSecurityProtocol: ssl-encryption is the default',
      template: `
Resources:
  Target:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: target, EngineName: redis, RedisSettings: { ServerName: cache.example.com, Port: 6379 } }`,
    },
  ],
  fail: [
    {
      name: 'plaintext',
      message: 'plaintext',
      template: `
Resources:
  Target:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: target, EngineName: redis, RedisSettings: { SslSecurityProtocol: plaintext } }`,
    },
  ],
  unknown: [
    {
      name: 'engine from a parameter without default',
      template: `
Parameters:
  Engine: { Type: String }
Resources:
  Target:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: target, EngineName: !Ref Engine }`,
    },
  ],
  notApplicable: [
    {
      name: 'a PostgreSQL endpoint',
      template: `
Resources:
  Source:
    Type: AWS::DMS::Endpoint
    Properties: { EndpointType: source, EngineName: postgres }`,
    },
  ],
});

const MSK = `ClusterName: kafka
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 2
      BrokerNodeGroupInfo: { InstanceType: kafka.m5.large, ClientSubnets: [subnet-1, subnet-2] }`;

ruleCases('msk-cluster-tls', {
  pass: [
    {
      name: 'TLS only, in-cluster encryption left at its default (on)',
      template: `
Resources:
  Kafka:
    Type: AWS::MSK::Cluster
    Properties:
      ${MSK}
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: TLS } }`,
    },
  ],
  fail: [
    {
      name: 'TLS and plaintext clients',
      message: 'TLS_PLAINTEXT',
      template: `
Resources:
  Kafka:
    Type: AWS::MSK::Cluster
    Properties:
      ${MSK}
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: TLS_PLAINTEXT } }`,
    },
    {
      name: 'in-cluster encryption off',
      message: 'in-cluster',
      template: `
Resources:
  Kafka:
    Type: AWS::MSK::Cluster
    Properties:
      ${MSK}
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: TLS, InCluster: false } }`,
    },
  ],
  unknown: [
    {
      name: 'ClientBroker unset: AWS documents two different defaults',
      message: 'ClientBroker is not set',
      template: `
Resources:
  Kafka:
    Type: AWS::MSK::Cluster
    Properties:
      ${MSK}`,
    },
  ],
});

const CONNECTOR = `ConnectorName: sink
      KafkaConnectVersion: 2.7.1
      ServiceExecutionRoleArn: arn:aws:iam::111122223333:role/c
      Capacity: { ProvisionedCapacity: { WorkerCount: 1 } }
      ConnectorConfiguration: {}
      KafkaClusterClientAuthentication: { AuthenticationType: NONE }
      Plugins: [{ CustomPlugin: { CustomPluginArn: arn:aws:kafkaconnect:us-east-1:111122223333:custom-plugin/p, Revision: 1 } }]
      KafkaCluster: { ApacheKafkaCluster: { BootstrapServers: b:9094, Vpc: { SecurityGroups: [sg-1], Subnets: [subnet-1] } } }`;

ruleCases('msk-connect-connector-tls', {
  pass: [
    {
      name: 'TLS to the cluster',
      template: `
Resources:
  Sink:
    Type: AWS::KafkaConnect::Connector
    Properties:
      ${CONNECTOR}
      KafkaClusterEncryptionInTransit: { EncryptionType: TLS }`,
    },
  ],
  fail: [
    {
      name: 'plaintext to the cluster',
      message: 'PLAINTEXT',
      template: `
Resources:
  Sink:
    Type: AWS::KafkaConnect::Connector
    Properties:
      ${CONNECTOR}
      KafkaClusterEncryptionInTransit: { EncryptionType: PLAINTEXT }`,
    },
  ],
  unknown: [
    {
      name: 'the required property is missing',
      template: `
Resources:
  Sink:
    Type: AWS::KafkaConnect::Connector
    Properties:
      ${CONNECTOR}`,
    },
  ],
});
