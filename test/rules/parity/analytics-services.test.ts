/**
 * OpenSearch, Kinesis, ElastiCache, DAX, DMS, MSK, MSK Connect and SageMaker:
 * one verdict from a template resource and from the same shape served live.
 */
import { parityCases, PARITY_ACCOUNT, PARITY_REGION } from '../../support/parity.js';
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;

function region(account: FakeAccount): FakeRegion {
  return (account.regions[PARITY_REGION] ??= {});
}

function addDomain(account: FakeAccount, name: string, n2n: boolean, vpc: boolean): void {
  const opensearch = (region(account).opensearch ??= { domains: [] });
  opensearch.domains.push({
    DomainId: `${PARITY_ACCOUNT}/${name}`,
    DomainName: name,
    ARN: `arn:aws:es:${ARN}:domain/${name}`,
    ClusterConfig: {},
    EngineVersion: 'OpenSearch_2.11',
    EncryptionAtRestOptions: { Enabled: true, KmsKeyId: `arn:aws:kms:${ARN}:key/os` },
    NodeToNodeEncryptionOptions: { Enabled: n2n },
    ...(vpc ? { VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] } } : {}),
    LogPublishingOptions: {
      AUDIT_LOGS: { Enabled: n2n, CloudWatchLogsLogGroupArn: `arn:aws:logs:${ARN}:log-group:os` },
    },
  });
}

// Six domains would need two DescribeDomains batches: the parity account has seven with the cases below.
parityCases('opensearch-node-to-node-encryption', [
  {
    name: 'node-to-node encryption on',
    status: 'PASS',
    template: {
      logicalId: 'Search',
      resources: {
        Search: {
          Type: 'AWS::OpenSearchService::Domain',
          Properties: { NodeToNodeEncryptionOptions: { Enabled: true } },
        },
      },
    },
    live: {
      id: `arn:aws:es:${ARN}:domain/n2n-on`,
      add: (account) => {
        addDomain(account, 'n2n-on', true, true);
        for (let i = 0; i < 5; i++) addDomain(account, `filler-${i}`, true, true);
      },
    },
  },
  {
    name: 'node-to-node encryption off, in the second batch of five',
    status: 'FAIL',
    template: {
      logicalId: 'Search',
      resources: {
        Search: { Type: 'AWS::Elasticsearch::Domain', Properties: { ElasticsearchVersion: '7.10' } },
      },
    },
    live: {
      id: `arn:aws:es:${ARN}:domain/n2n-off`,
      add: (account) => addDomain(account, 'n2n-off', false, false),
    },
  },
]);

parityCases('opensearch-domain-in-vpc', [
  {
    name: 'a public endpoint',
    status: 'FAIL',
    template: {
      logicalId: 'Search',
      resources: { Search: { Type: 'AWS::OpenSearchService::Domain', Properties: {} } },
    },
    live: {
      id: `arn:aws:es:${ARN}:domain/public`,
      add: (account) => addDomain(account, 'public', true, false),
    },
  },
  {
    name: 'in a VPC',
    status: 'PASS',
    template: {
      logicalId: 'Search',
      resources: {
        Search: {
          Type: 'AWS::OpenSearchService::Domain',
          Properties: { VPCOptions: { SubnetIds: ['subnet-1'] } },
        },
      },
    },
    live: {
      id: `arn:aws:es:${ARN}:domain/private`,
      add: (account) => addDomain(account, 'private', true, true),
    },
  },
]);

function addStream(account: FakeAccount, name: string, encrypted: boolean, hours: number): void {
  const kinesis = (region(account).kinesis ??= { streams: [] });
  kinesis.streams.push({
    StreamName: name,
    StreamARN: `arn:aws:kinesis:${ARN}:stream/${name}`,
    StreamStatus: 'ACTIVE',
    RetentionPeriodHours: hours,
    StreamCreationTimestamp: new Date('2026-01-01T00:00:00Z'),
    EnhancedMonitoring: [],
    OpenShardCount: 1,
    EncryptionType: encrypted ? 'KMS' : 'NONE',
    ...(encrypted ? { KeyId: 'alias/aws/kinesis' } : {}),
  });
}

parityCases('kinesis-stream-encrypted', [
  {
    name: 'KMS with the AWS-managed key',
    status: 'PASS',
    template: {
      logicalId: 'Events',
      resources: {
        Events: {
          Type: 'AWS::Kinesis::Stream',
          Properties: {
            ShardCount: 1,
            StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' },
          },
        },
      },
    },
    live: {
      id: `arn:aws:kinesis:${ARN}:stream/sealed`,
      add: (account) => addStream(account, 'sealed', true, 24),
    },
  },
  {
    name: 'unencrypted',
    status: 'FAIL',
    template: {
      logicalId: 'Events',
      resources: { Events: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } } },
    },
    live: {
      id: `arn:aws:kinesis:${ARN}:stream/plain`,
      add: (account) => addStream(account, 'plain', false, 168),
    },
  },
]);

function addGroup(account: FakeAccount, id: string, tls: boolean, days: number): void {
  const elasticache = (region(account).elasticache ??= { replicationGroups: [] });
  elasticache.replicationGroups.push({
    ReplicationGroupId: id,
    ARN: `arn:aws:elasticache:${ARN}:replicationgroup:${id}`,
    Status: 'available',
    TransitEncryptionEnabled: tls,
    SnapshotRetentionLimit: days,
    Engine: 'redis',
  });
}

const GROUP = { ReplicationGroupDescription: 'cache', Engine: 'redis', CacheNodeType: 'cache.t4g.micro' };

parityCases('elasticache-redis-backups', [
  {
    name: 'backups off by default',
    status: 'FAIL',
    template: {
      logicalId: 'Cache',
      resources: { Cache: { Type: 'AWS::ElastiCache::ReplicationGroup', Properties: GROUP } },
    },
    live: {
      id: `arn:aws:elasticache:${ARN}:replicationgroup:nobackup`,
      add: (account) => addGroup(account, 'nobackup', false, 0),
    },
  },
  {
    name: 'seven days of backups',
    status: 'PASS',
    template: {
      logicalId: 'Cache',
      resources: {
        Cache: {
          Type: 'AWS::ElastiCache::ReplicationGroup',
          Properties: { ...GROUP, SnapshotRetentionLimit: 7 },
        },
      },
    },
    live: {
      id: `arn:aws:elasticache:${ARN}:replicationgroup:backedup`,
      add: (account) => addGroup(account, 'backedup', true, 7),
    },
  },
]);

const DAX = {
  IAMRoleARN: `arn:aws:iam::${PARITY_ACCOUNT}:role/dax`,
  NodeType: 'dax.t3.small',
  ReplicationFactor: 1,
};

function addDax(account: FakeAccount, name: string, encryption: 'TLS' | 'NONE'): void {
  const dax = (region(account).dax ??= { clusters: [] });
  dax.clusters.push({
    ClusterName: name,
    ClusterArn: `arn:aws:dax:${ARN}:cache/${name}`,
    Status: 'available',
    ClusterEndpointEncryptionType: encryption,
  });
}

parityCases('dax-cluster-endpoint-tls', [
  {
    name: 'TLS endpoint',
    status: 'PASS',
    template: {
      logicalId: 'Dax',
      resources: {
        Dax: { Type: 'AWS::DAX::Cluster', Properties: { ...DAX, ClusterEndpointEncryptionType: 'TLS' } },
      },
    },
    live: { id: `arn:aws:dax:${ARN}:cache/tls`, add: (account) => addDax(account, 'tls', 'TLS') },
  },
  {
    name: 'no endpoint encryption',
    status: 'FAIL',
    template: { logicalId: 'Dax', resources: { Dax: { Type: 'AWS::DAX::Cluster', Properties: DAX } } },
    live: { id: `arn:aws:dax:${ARN}:cache/plain`, add: (account) => addDax(account, 'plain', 'NONE') },
  },
]);

const dmsArn = (kind: string, id: string) => `arn:aws:dms:${ARN}:${kind}:${id}`;

parityCases('dms-replication-instance-not-public', [
  {
    name: 'public by default',
    status: 'FAIL',
    template: {
      logicalId: 'Rep',
      resources: {
        Rep: {
          Type: 'AWS::DMS::ReplicationInstance',
          Properties: { ReplicationInstanceClass: 'dms.t3.medium' },
        },
      },
    },
    live: {
      id: dmsArn('rep', 'PUBLIC'),
      add: (account) =>
        ((region(account).dms ??= {}).replicationInstances ??= []).push({
          ReplicationInstanceIdentifier: 'public',
          ReplicationInstanceArn: dmsArn('rep', 'PUBLIC'),
          PubliclyAccessible: true,
        }),
    },
  },
]);

parityCases('dms-redis-endpoint-tls', [
  {
    name: 'a plaintext Redis target',
    status: 'FAIL',
    template: {
      logicalId: 'Target',
      resources: {
        Target: {
          Type: 'AWS::DMS::Endpoint',
          Properties: {
            EndpointType: 'target',
            EngineName: 'redis',
            RedisSettings: { SslSecurityProtocol: 'plaintext' },
          },
        },
      },
    },
    live: {
      id: dmsArn('endpoint', 'PLAIN'),
      add: (account) =>
        ((region(account).dms ??= {}).endpoints ??= []).push({
          EndpointIdentifier: 'plain',
          EndpointArn: dmsArn('endpoint', 'PLAIN'),
          EngineName: 'redis',
          EndpointType: 'target',
          RedisSettings: { ServerName: 'cache', Port: 6379, SslSecurityProtocol: 'plaintext' },
        }),
    },
  },
]);

const TASK_SETTINGS = JSON.stringify({
  Logging: {
    EnableLogging: true,
    LogComponents: [
      { Id: 'SOURCE_CAPTURE', Severity: 'LOGGER_SEVERITY_DEFAULT' },
      { Id: 'SOURCE_UNLOAD', Severity: 'LOGGER_SEVERITY_DEFAULT' },
    ],
  },
});

parityCases('dms-task-source-logging', [
  {
    name: 'source components logged',
    status: 'PASS',
    template: {
      logicalId: 'Task',
      resources: {
        Task: {
          Type: 'AWS::DMS::ReplicationTask',
          Properties: {
            MigrationType: 'cdc',
            ReplicationInstanceArn: dmsArn('rep', 'R'),
            SourceEndpointArn: dmsArn('endpoint', 'S'),
            TargetEndpointArn: dmsArn('endpoint', 'T'),
            TableMappings: '{"rules":[]}',
            ReplicationTaskSettings: TASK_SETTINGS,
          },
        },
      },
    },
    live: {
      id: dmsArn('task', 'LOGGED'),
      add: (account) =>
        ((region(account).dms ??= {}).replicationTasks ??= []).push({
          ReplicationTaskIdentifier: 'logged',
          ReplicationTaskArn: dmsArn('task', 'LOGGED'),
          ReplicationTaskSettings: TASK_SETTINGS,
        }),
    },
  },
]);

const MSK_ARN = (name: string) => `arn:aws:kafka:${ARN}:cluster/${name}/abc`;

parityCases('msk-cluster-tls', [
  {
    name: 'TLS and plaintext clients',
    status: 'FAIL',
    template: {
      logicalId: 'Kafka',
      resources: {
        Kafka: {
          Type: 'AWS::MSK::Cluster',
          Properties: {
            ClusterName: 'mixed',
            KafkaVersion: '3.6.0',
            NumberOfBrokerNodes: 2,
            BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['subnet-1', 'subnet-2'] },
            EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS_PLAINTEXT', InCluster: true } },
          },
        },
      },
    },
    live: {
      id: MSK_ARN('mixed'),
      add: (account) =>
        (region(account).kafka ??= { clusters: [] }).clusters.push({
          ClusterArn: MSK_ARN('mixed'),
          ClusterName: 'mixed',
          ClusterType: 'PROVISIONED',
          Provisioned: {
            BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: ['subnet-1'] },
            NumberOfBrokerNodes: 2,
            EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS_PLAINTEXT', InCluster: true } },
          },
        }),
    },
  },
]);

const CONNECTOR_ARN = `arn:aws:kafkaconnect:${ARN}:connector/sink/abc`;

parityCases('msk-connect-connector-tls', [
  {
    name: 'TLS to the cluster',
    status: 'PASS',
    template: {
      logicalId: 'Sink',
      resources: {
        Sink: {
          Type: 'AWS::KafkaConnect::Connector',
          Properties: { ConnectorName: 'sink', KafkaClusterEncryptionInTransit: { EncryptionType: 'TLS' } },
        },
      },
    },
    live: {
      id: CONNECTOR_ARN,
      add: (account) =>
        (region(account).kafkaconnect ??= { connectors: [] }).connectors.push({
          connectorArn: CONNECTOR_ARN,
          connectorName: 'sink',
          kafkaClusterEncryptionInTransit: { encryptionType: 'TLS' },
        }),
    },
  },
]);

const NOTEBOOK = { InstanceType: 'ml.t3.medium', RoleArn: `arn:aws:iam::${PARITY_ACCOUNT}:role/sm` };
const notebookArn = (name: string) => `arn:aws:sagemaker:${ARN}:notebook-instance/${name}`;

parityCases('sagemaker-notebook-no-direct-internet', [
  {
    name: 'internet-enabled by default',
    status: 'FAIL',
    template: {
      logicalId: 'Nb',
      resources: { Nb: { Type: 'AWS::SageMaker::NotebookInstance', Properties: NOTEBOOK } },
    },
    live: {
      id: notebookArn('open'),
      add: (account) =>
        ((region(account).sagemaker ??= {}).notebookInstances ??= []).push({
          NotebookInstanceName: 'open',
          NotebookInstanceArn: notebookArn('open'),
          NotebookInstanceStatus: 'InService',
          DirectInternetAccess: 'Enabled',
        }),
    },
  },
]);

const configArn = (name: string) => `arn:aws:sagemaker:${ARN}:endpoint-config/${name}`;

parityCases('sagemaker-endpoint-config-encrypted-with-kms', [
  {
    name: 'a KMS key',
    status: 'PASS',
    template: {
      logicalId: 'Cfg',
      resources: {
        Cfg: {
          Type: 'AWS::SageMaker::EndpointConfig',
          Properties: {
            ProductionVariants: [{ ModelName: 'm', VariantName: 'v' }],
            KmsKeyId: `arn:aws:kms:${ARN}:key/sm`,
          },
        },
      },
    },
    live: {
      id: configArn('sealed'),
      add: (account) =>
        ((region(account).sagemaker ??= {}).endpointConfigs ??= []).push({
          EndpointConfigName: 'sealed',
          EndpointConfigArn: configArn('sealed'),
          ProductionVariants: [{ ModelName: 'm', VariantName: 'v' }],
          KmsKeyId: `arn:aws:kms:${ARN}:key/sm`,
          CreationTime: new Date('2026-01-01T00:00:00Z'),
        }),
    },
  },
]);
