/**
 * Analytics, streaming, caching, migration and machine-learning services:
 * Redshift, OpenSearch, Kinesis, ElastiCache, DAX, DMS, MSK, SageMaker, EMR.
 */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { EncryptedStore } from './storage.js';

export interface RedshiftCluster extends EncryptedStore<'redshift-cluster'> {
  publiclyAccessible: Maybe<boolean>;
  /** The `require_ssl` parameter of the cluster's parameter group. */
  requireSsl: Maybe<boolean>;
  /** Audit logging (connection, user and user-activity logs) to S3 or CloudWatch. */
  auditLogging: Maybe<boolean>;
  /** Days automated snapshots are kept; 0: automated snapshots are off. */
  automatedSnapshotRetentionDays: Maybe<number>;
}

/** Log types a domain can publish: AUDIT_LOGS, ES_APPLICATION_LOGS, INDEX_SLOW_LOGS, SEARCH_SLOW_LOGS. */
export type OpenSearchLogType = 'AUDIT_LOGS' | 'ES_APPLICATION_LOGS' | 'INDEX_SLOW_LOGS' | 'SEARCH_SLOW_LOGS';

/** An OpenSearch Service (or legacy Elasticsearch Service) domain. */
export interface OpenSearchDomain extends EncryptedStore<'opensearch-domain'> {
  nodeToNodeEncryption: Maybe<boolean>;
  /** Placed in a VPC (VPCOptions with subnets): no public endpoint. */
  inVpc: Maybe<boolean>;
  /** Each log type published to CloudWatch Logs, and whether it is enabled. */
  logPublishing: Maybe<Partial<Record<OpenSearchLogType, boolean>>>;
}

export interface KinesisStream extends EncryptedStore<'kinesis-stream'> {
  retentionHours: Maybe<number>;
}

/** A Redis OSS / Valkey replication group (cluster mode on or off). */
export interface ElastiCacheReplicationGroup extends EncryptedStore<'elasticache-replication-group'> {
  transitEncryption: Maybe<boolean>;
  /** Days automatic snapshots are kept; 0: automatic backups are off. */
  snapshotRetentionDays: Maybe<number>;
}

/**
 * A cache cluster outside any replication group: Memcached, or a Redis OSS / Valkey cluster
 * created on its own (a member of a replication group is judged through its group).
 */
export interface ElastiCacheCacheCluster extends EncryptedStore<'elasticache-cache-cluster'> {
  /** `memcached`, `redis` or `valkey`, lower case. */
  engine: Maybe<string>;
  transitEncryption: Maybe<boolean>;
  /** Days automatic snapshots are kept; 0: automatic backups are off; undefined: Memcached, which has no snapshots. */
  snapshotRetentionDays: Maybe<number | undefined>;
}

export interface DaxCluster extends ResourceBase<'dax-cluster'> {
  /** `TLS` or `NONE`. */
  endpointEncryption: Maybe<string>;
}

export interface DmsEndpoint extends ResourceBase<'dms-endpoint'> {
  engine: Maybe<string>;
  /** Redis endpoints only: `ssl-encryption` or `plaintext`. */
  redisSslProtocol: Maybe<string | undefined>;
}

export interface DmsReplicationInstance extends ResourceBase<'dms-replication-instance'> {
  publiclyAccessible: Maybe<boolean>;
}

/** Log severity per DMS log component (`SOURCE_CAPTURE` -> `LOGGER_SEVERITY_DEFAULT`), when logging is on. */
export interface DmsTaskLogging {
  enabled: boolean;
  severities: Record<string, string>;
}

export interface DmsReplicationTask extends ResourceBase<'dms-replication-task'> {
  logging: Maybe<DmsTaskLogging>;
}

export interface MskCluster extends ResourceBase<'msk-cluster'> {
  /** Client to broker: `TLS`, `TLS_PLAINTEXT` or `PLAINTEXT`. */
  clientBroker: Maybe<string>;
  /** Between brokers. */
  inCluster: Maybe<boolean>;
}

export interface MskConnectConnector extends ResourceBase<'msk-connect-connector'> {
  /** `TLS` or `PLAINTEXT`. */
  clusterEncryptionInTransit: Maybe<string>;
}

export interface SageMakerNotebookInstance extends ResourceBase<'sagemaker-notebook-instance'> {
  /** The KMS key of the ML storage volume; undefined: none given (SageMaker's own key). */
  kmsKeyId: Maybe<string | undefined>;
  directInternetAccess: Maybe<boolean>;
}

export interface SageMakerEndpointConfig extends ResourceBase<'sagemaker-endpoint-config'> {
  kmsKeyId: Maybe<string | undefined>;
}
