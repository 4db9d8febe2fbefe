/**
 * Facts of the analytics, streaming, caching, migration and ML services, with
 * the create-time defaults AWS documents (the API reference text shipped in
 * each SDK client) and what a Describe answer means by leaving a field out.
 * Both sources call these, so an absent field means the same on both.
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { DmsTaskLogging, EncryptionAtRest } from '../model.js';
import { absent, type Place, type Raw } from './place.js';
import { setting, type SettingSemantics } from './setting.js';

export const REDSHIFT_PUBLICLY_ACCESSIBLE: SettingSemantics<boolean> = {
  createDefault: false,
  defaultSource: 'Redshift CreateCluster API reference, PubliclyAccessible: "Default: false"',
};

export const REDSHIFT_SNAPSHOT_RETENTION: SettingSemantics<number> = {
  createDefault: 1,
  defaultSource: 'Redshift CreateCluster API reference, AutomatedSnapshotRetentionPeriod: "Default: 1"',
};

/**
 * Redshift encrypts new clusters: CreateCluster `Encrypted` is "Default: true"
 * ("If you set the value on this parameter to false, the request will fail").
 * Without a KMS key the cluster uses a key AWS owns.
 */
export function redshiftEncryption(
  encrypted: Raw<boolean>,
  keyId: Raw<string>,
  place: Place,
): Maybe<EncryptionAtRest> {
  const flag = setting(encrypted, place, 'Encrypted', { createDefault: true });
  if (isUnknown(flag)) return flag;
  if (!flag) return { state: 'unencrypted' };
  if (keyId === undefined) return { state: 'aws-owned' };
  return { state: 'kms', keyId };
}

/**
 * A store whose encryption is an `Enabled` flag and an optional key (OpenSearch
 * `EncryptionAtRestOptions`). No create default is documented for the flag, so
 * an unset flag in a template is Unknown; a described domain always reports it.
 * Enabled without a key: the service's AWS-managed key.
 */
export function enabledFlagEncryption(
  enabled: Raw<boolean>,
  keyId: Raw<string>,
  place: Place,
  flagName: string,
): Maybe<EncryptionAtRest> {
  const flag = setting(enabled, place, flagName, { describeOmitted: false });
  if (isUnknown(flag)) return flag;
  if (!flag) return { state: 'unencrypted' };
  return { state: 'kms', keyId };
}

/**
 * Kinesis `StreamEncryption` / DescribeStreamSummary `EncryptionType`: NONE or
 * absent is unencrypted (a stream is created unencrypted unless asked), KMS
 * names its key (`alias/aws/kinesis` is the AWS-managed one).
 */
export function kinesisEncryption(
  encryptionType: Raw<string>,
  keyId: Raw<string>,
  place: Place,
): Maybe<EncryptionAtRest> {
  const type = setting(encryptionType, place, 'EncryptionType', {
    createDefault: 'NONE',
    describeOmitted: 'NONE',
  });
  if (isUnknown(type)) return type;
  if (type === 'NONE') return { state: 'unencrypted' };
  if (type !== 'KMS') return unknown(`${place.field('EncryptionType')} is ${type}, not KMS or NONE`);
  if (keyId === undefined)
    return { state: 'kms', keyId: absent(place, 'KeyId', 'KMS encryption names a key') };
  if (!isUnknown(keyId) && keyId === 'alias/aws/kinesis') return { state: 'kms', keyId: undefined };
  return { state: 'kms', keyId };
}

export const KINESIS_RETENTION_HOURS: SettingSemantics<number> = {
  createDefault: 24,
  defaultSource: 'Kinesis Data Streams developer guide, data retention: 24 hours by default',
};

export const ELASTICACHE_TRANSIT_ENCRYPTION: SettingSemantics<boolean> = {
  createDefault: false,
  defaultSource:
    'ElastiCache CreateReplicationGroup API reference, TransitEncryptionEnabled: "Default: false"',
};

export const ELASTICACHE_SNAPSHOT_RETENTION: SettingSemantics<number> = {
  createDefault: 0,
  defaultSource:
    'ElastiCache CreateReplicationGroup API reference, SnapshotRetentionLimit: "Default: 0 (i.e., automatic backups are disabled for this cluster)"',
};

export const ELASTICACHE_CLUSTER_TRANSIT_ENCRYPTION: SettingSemantics<boolean> = {
  createDefault: false,
  defaultSource:
    'AWS::ElastiCache::CacheCluster TransitEncryptionEnabled: "A flag that enables in-transit encryption when set to true" (off unless set)',
};

export const ELASTICACHE_CLUSTER_SNAPSHOT_RETENTION: SettingSemantics<number> = {
  createDefault: 0,
  defaultSource:
    'ElastiCache CreateCacheCluster API reference, SnapshotRetentionLimit: "Default: 0 (i.e., automatic backups are disabled for this cache cluster)"',
};

/**
 * At-rest encryption of a replication group. Live, `StorageEncryptionType` is the effective state
 * (`none`, `sse-elasticache`: ElastiCache's default key, `sse-kms`: a KMS key): the API reference warns
 * that "encryption at-rest may be enabled even when [AtRestEncryptionEnabled] is false". Without it the
 * flag decides. Encrypted without `KmsKeyId` is ElastiCache's "default (service managed)" key (ElastiCache
 * user guide, At-Rest Encryption), which is not a KMS key of the account: AWS-owned.
 * In a template an unset flag takes `unsetFlag`, the create default for the group's engine.
 */
export function elastiCacheGroupEncryption(
  fields: { atRestEnabled: Raw<boolean>; storageEncryptionType?: Raw<string>; keyId: Raw<string> },
  place: Place,
  unsetFlag?: Maybe<boolean>,
): Maybe<EncryptionAtRest> {
  const { atRestEnabled, storageEncryptionType, keyId } = fields;
  if (isUnknown(storageEncryptionType)) return storageEncryptionType;
  if (storageEncryptionType !== undefined) {
    if (storageEncryptionType === 'none') return { state: 'unencrypted' };
    if (storageEncryptionType === 'sse-elasticache') return { state: 'aws-owned' };
    if (storageEncryptionType === 'sse-kms')
      return { state: 'kms', keyId: keyId ?? absent(place, 'KmsKeyId', 'sse-kms names a key') };
    return unknown(
      `${place.field('StorageEncryptionType')} is ${storageEncryptionType}, not none, sse-elasticache or sse-kms`,
    );
  }
  const flag =
    atRestEnabled === undefined && place.from === 'create' && unsetFlag !== undefined
      ? unsetFlag
      : setting(atRestEnabled, place, 'AtRestEncryptionEnabled');
  if (isUnknown(flag)) return flag;
  if (!flag) return { state: 'unencrypted' };
  if (keyId === undefined) return { state: 'aws-owned' };
  return { state: 'kms', keyId };
}

/**
 * What an unset `AtRestEncryptionEnabled` creates, by engine: CreateReplicationGroup API reference,
 * "Default: true when using Valkey, false when using Redis OSS". No default engine is documented, and
 * whether CloudFormation leaves the flag to that API default for Valkey is not documented either, so
 * only Redis OSS is decided.
 */
export function elastiCacheGroupAtRestDefault(engine: Raw<string>, place: Place): Maybe<boolean> {
  const flag = place.field('AtRestEncryptionEnabled');
  if (isUnknown(engine))
    return unknown(`${flag} is not set and its default depends on the engine: ${engine.reason}`);
  if (engine === undefined)
    return unknown(
      `${flag} is not set and neither is Engine: the default is true for Valkey, false for Redis OSS`,
    );
  const name = engine.toLowerCase();
  if (name === 'redis') return false;
  return unknown(
    `${flag} is not set on a ${engine} group: the CreateReplicationGroup API reference documents true for Valkey, ` +
      'but not that CloudFormation leaves an unset flag to that default',
  );
}

/**
 * At-rest encryption of a cache cluster outside any replication group. CreateCacheCluster (and so
 * AWS::ElastiCache::CacheCluster) takes no at-rest setting, and the CacheCluster API reference gives
 * AtRestEncryptionEnabled "Default: false": a cluster created on its own is unencrypted at rest.
 * Node-based Memcached has no at-rest encryption at all ("At-rest encryption is supported only on
 * serverless caches", ElastiCache for Memcached user guide). DescribeCacheClusters names no key,
 * so an encrypted cluster's key is Unknown.
 */
export function elastiCacheClusterEncryption(
  atRestEnabled: Raw<boolean>,
  engine: Maybe<string>,
  place: Place,
): Maybe<EncryptionAtRest> {
  if (isUnknown(atRestEnabled)) return atRestEnabled;
  if (atRestEnabled === undefined) {
    if (place.from === 'create' || engine === 'memcached') return { state: 'unencrypted' };
    return absent(place, 'AtRestEncryptionEnabled');
  }
  if (!atRestEnabled) return { state: 'unencrypted' };
  return {
    state: 'kms',
    keyId: unknown(
      `${place.field('AtRestEncryptionEnabled')} is true, but DescribeCacheClusters names no key`,
    ),
  };
}

export const DAX_ENDPOINT_ENCRYPTION: SettingSemantics<string> = {
  createDefault: 'NONE',
  defaultSource: 'AWS::DAX::Cluster ClusterEndpointEncryptionType: NONE unless TLS is requested at creation',
};

export const DMS_PUBLICLY_ACCESSIBLE: SettingSemantics<boolean> = {
  createDefault: true,
  defaultSource:
    'DMS CreateReplicationInstance API reference, PubliclyAccessible: "The default value is true"',
};

export const DMS_REDIS_SSL_PROTOCOL: SettingSemantics<string | undefined> = {
  createDefault: 'ssl-encryption',
  defaultSource: 'DMS RedisSettings API reference, SslSecurityProtocol: "The default is ssl-encryption"',
};

export const MSK_IN_CLUSTER: SettingSemantics<boolean> = {
  createDefault: true,
  defaultSource: 'MSK EncryptionInTransit API reference, InCluster: "The default value is true"',
};

export const SAGEMAKER_DIRECT_INTERNET: SettingSemantics<string> = {
  createDefault: 'Enabled',
  defaultSource: 'SageMaker CreateNotebookInstance: "Notebook Instances Are Internet-Enabled by Default"',
};

/** SageMaker `DirectInternetAccess`: anything but `Disabled` gives the notebook a route to the internet. */
export function directInternet(value: Maybe<string>): Maybe<boolean> {
  if (isUnknown(value)) return value;
  return value !== 'Disabled';
}

/**
 * DMS task settings (a JSON document): `Logging.EnableLogging` and the
 * severity of each `Logging.LogComponents` entry. A task created without
 * settings gets DMS's defaults, in which logging is off.
 */
export function dmsTaskLogging(settings: Raw<string>, place: Place): Maybe<DmsTaskLogging> {
  if (isUnknown(settings)) return settings;
  if (settings === undefined) {
    if (place.from === 'create') return { enabled: false, severities: {} };
    return absent(place, 'ReplicationTaskSettings');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(settings);
  } catch {
    return unknown(`${place.field('ReplicationTaskSettings')} is not valid JSON`);
  }
  const logging = (parsed as { Logging?: unknown } | null)?.Logging;
  if (logging === undefined) return { enabled: false, severities: {} };
  if (typeof logging !== 'object' || logging === null)
    return unknown(`${place.field('ReplicationTaskSettings')}: Logging is not an object`);
  const { EnableLogging, LogComponents } = logging as { EnableLogging?: unknown; LogComponents?: unknown };
  const severities: Record<string, string> = {};
  if (Array.isArray(LogComponents)) {
    for (const component of LogComponents as { Id?: unknown; Severity?: unknown }[]) {
      if (typeof component.Id === 'string' && typeof component.Severity === 'string')
        severities[component.Id] = component.Severity;
    }
  }
  return { enabled: EnableLogging === true, severities };
}
