/** Redshift, OpenSearch/Elasticsearch, Kinesis, ElastiCache, DAX, DMS, MSK and SageMaker resources of a template. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  DaxCluster,
  DmsEndpoint,
  DmsReplicationInstance,
  DmsReplicationTask,
  ElastiCacheCacheCluster,
  EncryptionAtRest,
  ElastiCacheReplicationGroup,
  KinesisStream,
  MskCluster,
  MskConnectConnector,
  OpenSearchDomain,
  OpenSearchLogType,
  RedshiftCluster,
  SageMakerEndpointConfig,
  SageMakerNotebookInstance,
} from '../../../inventory/model.js';
import {
  DAX_ENDPOINT_ENCRYPTION,
  DMS_PUBLICLY_ACCESSIBLE,
  DMS_REDIS_SSL_PROTOCOL,
  dmsTaskLogging,
  ELASTICACHE_CLUSTER_SNAPSHOT_RETENTION,
  ELASTICACHE_CLUSTER_TRANSIT_ENCRYPTION,
  ELASTICACHE_SNAPSHOT_RETENTION,
  ELASTICACHE_TRANSIT_ENCRYPTION,
  elastiCacheClusterEncryption,
  elastiCacheGroupAtRestDefault,
  elastiCacheGroupEncryption,
  enabledFlagEncryption,
  KINESIS_RETENTION_HOURS,
  kinesisEncryption,
  MSK_IN_CLUSTER,
  REDSHIFT_PUBLICLY_ACCESSIBLE,
  REDSHIFT_SNAPSHOT_RETENTION,
  redshiftEncryption,
  SAGEMAKER_DIRECT_INTERNET,
  directInternet,
} from '../../../inventory/facts/analytics.js';
import { createPlace, type Place } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import { isRecord } from '../read.js';
import { isValueObject } from '../values.js';
import {
  baseOf,
  linkFact,
  mayBeAbsent,
  numberFact,
  optionalBoolFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { keyLink } from './storage.js';

function placeOf(resource: TemplateResource): Place {
  return createPlace(resource.logicalId);
}

/** Whether a structure property is set at all: Unknown when it could not be resolved. */
function presence(resource: TemplateResource, path: string): Maybe<boolean> {
  const value = valueAt(resource, path);
  if (value instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${value.reason}`);
  return value !== undefined && value !== null;
}

/**
 * `require_ssl` of the cluster's parameter group, when the group is a
 * ClusterParameterGroup of the same template. The default group and a group
 * named from outside are not in the template, so their value is Unknown.
 */
function redshiftRequireSsl(resource: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  const groupId = linkFact(resource, 'ClusterParameterGroupName');
  if (groupId instanceof Unknown) return groupId;
  if (groupId === undefined) {
    return unknown(
      `${resource.logicalId} uses its family's default parameter group, whose require_ssl is not in the template`,
    );
  }
  const group = index.get(groupId);
  if (group?.cfnType !== 'AWS::Redshift::ClusterParameterGroup') {
    return unknown(`${resource.logicalId}: parameter group ${groupId} is not in the template`);
  }
  const parameters = valueAt(group, 'Parameters');
  if (parameters instanceof Unknown) return unknown(`${group.logicalId}.Parameters: ${parameters.reason}`);
  const list = Array.isArray(parameters) ? parameters : [];
  for (const [position, entry] of list.entries()) {
    if (entry instanceof Unknown)
      return unknown(`${group.logicalId}.Parameters.${position}: ${entry.reason}`);
    if (!isValueObject(entry)) continue;
    const name = stringFact(group, `Parameters.${position}.ParameterName`);
    if (name instanceof Unknown) return name;
    if (name !== 'require_ssl') continue;
    const value = stringFact(group, `Parameters.${position}.ParameterValue`);
    if (value === undefined || value instanceof Unknown) return value ?? unknown('require_ssl has no value');
    return value.toLowerCase() === 'true';
  }
  return unknown(
    `${group.logicalId} does not set require_ssl, so it has its family's engine default, which the template does not show`,
  );
}

export function redshiftCluster(resource: TemplateResource, index: TemplateIndex): RedshiftCluster {
  const place = placeOf(resource);
  const logging = presence(resource, 'LoggingProperties');
  return {
    type: 'redshift-cluster',
    ...baseOf(resource, 'ClusterIdentifier'),
    encryption: redshiftEncryption(
      optionalBoolFact(resource, 'Encrypted'),
      keyLink(resource, 'KmsKeyId', index),
      place,
    ),
    publiclyAccessible: setting(
      optionalBoolFact(resource, 'PubliclyAccessible'),
      place,
      'PubliclyAccessible',
      REDSHIFT_PUBLICLY_ACCESSIBLE,
    ),
    requireSsl: redshiftRequireSsl(resource, index),
    // No LoggingProperties: audit logging is off (it is not turned on by default).
    auditLogging: logging,
    automatedSnapshotRetentionDays: setting(
      numberFact(resource, 'AutomatedSnapshotRetentionPeriod'),
      place,
      'AutomatedSnapshotRetentionPeriod',
      REDSHIFT_SNAPSHOT_RETENTION,
    ),
  };
}

const LOG_TYPES: readonly OpenSearchLogType[] = [
  'AUDIT_LOGS',
  'ES_APPLICATION_LOGS',
  'INDEX_SLOW_LOGS',
  'SEARCH_SLOW_LOGS',
];

function logPublishing(resource: TemplateResource): OpenSearchDomain['logPublishing'] {
  const options = valueAt(resource, 'LogPublishingOptions');
  if (options instanceof Unknown)
    return unknown(`${resource.logicalId}.LogPublishingOptions: ${options.reason}`);
  const published: Partial<Record<OpenSearchLogType, boolean>> = {};
  if (!isValueObject(options)) return published;
  for (const type of LOG_TYPES) {
    if (options[type] === undefined) continue;
    // LogPublishingOption.Enabled: publishing is off unless it is true.
    const enabled = optionalBoolFact(resource, `LogPublishingOptions.${type}.Enabled`);
    if (enabled instanceof Unknown) return enabled;
    published[type] = enabled ?? false;
  }
  return published;
}

/** The raw (unevaluated) list at a dotted path of the resource's properties; undefined when an intrinsic is in the way. */
function rawListAt(resource: TemplateResource, path: string): unknown[] | undefined {
  const raw = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  let node: unknown = isRecord(raw) ? raw.Properties : undefined;
  for (const key of path.split('.')) node = isRecord(node) ? node[key] : undefined;
  return Array.isArray(node) ? node : undefined;
}

/**
 * Whether a list property has at least one item. An unresolved item is still
 * an item, unless an undecided `Fn::If` may drop it (`AWS::NoValue`): a list of
 * only such items may be empty.
 */
function hasListItem(resource: TemplateResource, path: string): Maybe<boolean> {
  const items = valueAt(resource, path);
  if (items instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${items.reason}`);
  if (!Array.isArray(items) || items.length === 0) return false;
  const unresolved = items.filter((item): item is Unknown => item instanceof Unknown);
  if (unresolved.length < items.length) return true;
  const raw = rawListAt(resource, path);
  if (raw?.some((_, index) => !mayBeAbsent(resource, `${path}.${index}`))) return true;
  return unknown(`${resource.logicalId}.${path}: every item may be absent (${unresolved[0]?.reason})`);
}

/** AWS::OpenSearchService::Domain and the legacy AWS::Elasticsearch::Domain share these properties. */
export function openSearchDomain(resource: TemplateResource, index: TemplateIndex): OpenSearchDomain {
  const place = placeOf(resource);
  return {
    type: 'opensearch-domain',
    ...baseOf(resource, 'DomainName'),
    encryption: enabledFlagEncryption(
      optionalBoolFact(resource, 'EncryptionAtRestOptions.Enabled'),
      keyLink(resource, 'EncryptionAtRestOptions.KmsKeyId', index),
      place,
      'EncryptionAtRestOptions.Enabled',
    ),
    nodeToNodeEncryption: setting(
      optionalBoolFact(resource, 'NodeToNodeEncryptionOptions.Enabled'),
      place,
      'NodeToNodeEncryptionOptions.Enabled',
      { createDefault: false, defaultSource: 'NodeToNodeEncryptionOptions: off unless Enabled is true' },
    ),
    inVpc: hasListItem(resource, 'VPCOptions.SubnetIds'),
    logPublishing: logPublishing(resource),
  };
}

export function kinesisStream(resource: TemplateResource, index: TemplateIndex): KinesisStream {
  const place = placeOf(resource);
  return {
    type: 'kinesis-stream',
    ...baseOf(resource, 'Name'),
    encryption: kinesisEncryption(
      stringFact(resource, 'StreamEncryption.EncryptionType'),
      keyLink(resource, 'StreamEncryption.KeyId', index),
      place,
    ),
    retentionHours: setting(
      numberFact(resource, 'RetentionPeriodHours'),
      place,
      'RetentionPeriodHours',
      KINESIS_RETENTION_HOURS,
    ),
  };
}

/**
 * A group that adopts an existing primary cluster (PrimaryClusterId) or joins a global datastore
 * (GlobalReplicationGroupId) holds data encrypted as that cluster or datastore was created, which
 * its own properties do not show.
 */
function elastiCacheGroupEncryptionOf(
  resource: TemplateResource,
  index: TemplateIndex,
): Maybe<EncryptionAtRest> {
  for (const property of ['PrimaryClusterId', 'GlobalReplicationGroupId']) {
    const value = valueAt(resource, property);
    if (value instanceof Unknown)
      return unknown(
        `${resource.logicalId}.${property} may be set (${value.reason}): then the group's data is encrypted as what it joins was created`,
      );
    if (value !== undefined && value !== null) {
      return unknown(
        `${resource.logicalId}.${property} is set: the group's data is encrypted at rest as the cluster or global datastore it joins was created`,
      );
    }
  }
  const place = placeOf(resource);
  return elastiCacheGroupEncryption(
    {
      atRestEnabled: optionalBoolFact(resource, 'AtRestEncryptionEnabled'),
      keyId: keyLink(resource, 'KmsKeyId', index),
    },
    place,
    elastiCacheGroupAtRestDefault(stringFact(resource, 'Engine'), place),
  );
}

export function elastiCacheReplicationGroup(
  resource: TemplateResource,
  index: TemplateIndex,
): ElastiCacheReplicationGroup {
  const place = placeOf(resource);
  return {
    type: 'elasticache-replication-group',
    ...baseOf(resource, 'ReplicationGroupId'),
    encryption: elastiCacheGroupEncryptionOf(resource, index),
    transitEncryption: setting(
      optionalBoolFact(resource, 'TransitEncryptionEnabled'),
      place,
      'TransitEncryptionEnabled',
      ELASTICACHE_TRANSIT_ENCRYPTION,
    ),
    snapshotRetentionDays: setting(
      numberFact(resource, 'SnapshotRetentionLimit'),
      place,
      'SnapshotRetentionLimit',
      ELASTICACHE_SNAPSHOT_RETENTION,
    ),
  };
}

/**
 * A replication group of the template that adopts the cluster as its primary (PrimaryClusterId):
 * the cluster is then a member, judged through its group, as live skips members.
 */
function adoptedByReplicationGroup(resource: TemplateResource, index: TemplateIndex): boolean {
  const clusterName = resource.properties.ClusterName;
  return resourcesOfType(index, 'AWS::ElastiCache::ReplicationGroup').some((group) => {
    const primary = linkFact(group, 'PrimaryClusterId');
    return primary === resource.id || (typeof clusterName === 'string' && primary === clusterName);
  });
}

export function elastiCacheCacheCluster(
  resource: TemplateResource,
  index: TemplateIndex,
): ElastiCacheCacheCluster | undefined {
  if (adoptedByReplicationGroup(resource, index)) return undefined;
  const place = placeOf(resource);
  const engine = setting(stringFact(resource, 'Engine'), place, 'Engine');
  const normalizedEngine = typeof engine === 'string' ? engine.toLowerCase() : engine;
  return {
    type: 'elasticache-cache-cluster',
    ...baseOf(resource, 'ClusterName'),
    engine: normalizedEngine,
    // AWS::ElastiCache::CacheCluster has no at-rest property: created unencrypted (see the fact).
    encryption: elastiCacheClusterEncryption(undefined, normalizedEngine, place),
    transitEncryption: setting(
      optionalBoolFact(resource, 'TransitEncryptionEnabled'),
      place,
      'TransitEncryptionEnabled',
      ELASTICACHE_CLUSTER_TRANSIT_ENCRYPTION,
    ),
    // Memcached has no snapshots (CloudFormation rejects SnapshotRetentionLimit for it).
    snapshotRetentionDays:
      normalizedEngine === 'memcached'
        ? undefined
        : setting(
            numberFact(resource, 'SnapshotRetentionLimit'),
            place,
            'SnapshotRetentionLimit',
            ELASTICACHE_CLUSTER_SNAPSHOT_RETENTION,
          ),
  };
}

export function daxCluster(resource: TemplateResource): DaxCluster {
  return {
    type: 'dax-cluster',
    ...baseOf(resource, 'ClusterName'),
    endpointEncryption: setting(
      stringFact(resource, 'ClusterEndpointEncryptionType'),
      placeOf(resource),
      'ClusterEndpointEncryptionType',
      DAX_ENDPOINT_ENCRYPTION,
    ),
  };
}

export function dmsEndpoint(resource: TemplateResource): DmsEndpoint {
  const place = placeOf(resource);
  const engine = setting(stringFact(resource, 'EngineName'), place, 'EngineName');
  const isRedis = !(engine instanceof Unknown) && engine.toLowerCase() === 'redis';
  return {
    type: 'dms-endpoint',
    ...baseOf(resource, 'EndpointIdentifier'),
    engine,
    redisSslProtocol: isRedis
      ? setting(
          stringFact(resource, 'RedisSettings.SslSecurityProtocol'),
          place,
          'RedisSettings.SslSecurityProtocol',
          DMS_REDIS_SSL_PROTOCOL,
        )
      : undefined,
  };
}

export function dmsReplicationInstance(resource: TemplateResource): DmsReplicationInstance {
  return {
    type: 'dms-replication-instance',
    ...baseOf(resource, 'ReplicationInstanceIdentifier'),
    publiclyAccessible: setting(
      optionalBoolFact(resource, 'PubliclyAccessible'),
      placeOf(resource),
      'PubliclyAccessible',
      DMS_PUBLICLY_ACCESSIBLE,
    ),
  };
}

export function dmsReplicationTask(resource: TemplateResource): DmsReplicationTask {
  return {
    type: 'dms-replication-task',
    ...baseOf(resource, 'ReplicationTaskIdentifier'),
    logging: dmsTaskLogging(stringFact(resource, 'ReplicationTaskSettings'), placeOf(resource)),
  };
}

export function mskCluster(resource: TemplateResource): MskCluster {
  const place = placeOf(resource);
  const path = 'EncryptionInfo.EncryptionInTransit';
  return {
    type: 'msk-cluster',
    ...baseOf(resource, 'ClusterName'),
    // AWS documents both TLS and TLS_PLAINTEXT as the default of ClientBroker: unset is Unknown.
    clientBroker: setting(stringFact(resource, `${path}.ClientBroker`), place, `${path}.ClientBroker`),
    inCluster: setting(
      optionalBoolFact(resource, `${path}.InCluster`),
      place,
      `${path}.InCluster`,
      MSK_IN_CLUSTER,
    ),
  };
}

export function mskConnectConnector(resource: TemplateResource): MskConnectConnector {
  const path = 'KafkaClusterEncryptionInTransit.EncryptionType';
  return {
    type: 'msk-connect-connector',
    ...baseOf(resource, 'ConnectorName'),
    clusterEncryptionInTransit: setting(stringFact(resource, path), placeOf(resource), path),
  };
}

export function sageMakerNotebookInstance(
  resource: TemplateResource,
  index: TemplateIndex,
): SageMakerNotebookInstance {
  return {
    type: 'sagemaker-notebook-instance',
    ...baseOf(resource, 'NotebookInstanceName'),
    kmsKeyId: keyLink(resource, 'KmsKeyId', index),
    directInternetAccess: directInternet(
      setting(
        stringFact(resource, 'DirectInternetAccess'),
        placeOf(resource),
        'DirectInternetAccess',
        SAGEMAKER_DIRECT_INTERNET,
      ),
    ),
  };
}

export function sageMakerEndpointConfig(
  resource: TemplateResource,
  index: TemplateIndex,
): SageMakerEndpointConfig {
  return {
    type: 'sagemaker-endpoint-config',
    ...baseOf(resource, 'EndpointConfigName'),
    kmsKeyId: keyLink(resource, 'KmsKeyId', index),
  };
}
