/**
 * Fake data of the analytics, streaming, caching, migration and ML services
 * (FakeRegion fields), in the SDKs' own output shapes.
 */
import type { Cluster as MskClusterShape } from '@aws-sdk/client-kafka';
import type { ConnectorSummary } from '@aws-sdk/client-kafkaconnect';
import type { Cluster as DaxClusterShape } from '@aws-sdk/client-dax';
import type {
  Endpoint as DmsEndpointShape,
  ReplicationInstance,
  ReplicationTask,
} from '@aws-sdk/client-database-migration-service';
import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import type { DomainStatus } from '@aws-sdk/client-opensearch';
import type { Cluster as RedshiftClusterShape, Parameter } from '@aws-sdk/client-redshift';
import type { DescribeEndpointConfigOutput, DescribeNotebookInstanceOutput } from '@aws-sdk/client-sagemaker';

export interface FakeRedshift {
  clusters: RedshiftClusterShape[];
  /** DescribeLoggingStatus answers by cluster identifier; default: logging off. */
  loggingEnabled?: Record<string, boolean>;
  /** Parameters by parameter group name; a group not listed answers ClusterParameterGroupNotFound. */
  parameterGroups?: Record<string, Parameter[]>;
}

export interface FakeOpenSearch {
  domains: DomainStatus[];
}

export interface FakeKinesis {
  streams: StreamDescriptionSummary[];
}

export interface FakeElastiCache {
  replicationGroups: ReplicationGroup[];
  /** Every cache cluster, members of replication groups included, as DescribeCacheClusters lists them. */
  cacheClusters?: CacheCluster[];
}

export interface FakeDax {
  clusters: DaxClusterShape[];
}

export interface FakeDms {
  endpoints?: DmsEndpointShape[];
  replicationInstances?: ReplicationInstance[];
  replicationTasks?: ReplicationTask[];
}

export interface FakeKafka {
  clusters: MskClusterShape[];
}

export interface FakeKafkaConnect {
  connectors: ConnectorSummary[];
}

export interface FakeSageMaker {
  notebookInstances?: DescribeNotebookInstanceOutput[];
  endpointConfigs?: DescribeEndpointConfigOutput[];
}
