/** Storage resources and their encryption at rest, with CloudFormation's defaults made explicit. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  DbCluster,
  DbInstance,
  DbSubnetGroup,
  DynamoDbTable,
  EbsVolume,
  EfsFileSystem,
  EncryptionAtRest,
  LogGroup,
  S3Bucket,
  SnsTopic,
  SqsQueue,
} from '../../../inventory/model.js';
import {
  bucketPublicAccess,
  PUBLIC_ACCESS_SETTINGS,
  type BucketPublicAccess,
  type PublicAccessSettingsFields,
} from '../../../inventory/facts/bucket-public-access.js';
import {
  bucketEncryption,
  type BucketEncryptionDefault,
} from '../../../inventory/facts/bucket-encryption.js';
import { clusterPubliclyAccessible, publiclyAccessible } from '../../../inventory/facts/db-public-access.js';
import { flagEncryption } from '../../../inventory/facts/flag-encryption.js';
import { queueEncryption } from '../../../inventory/facts/queue-encryption.js';
import { createPlace, type Raw } from '../../../inventory/facts/place.js';
import { isRecord } from '../read.js';
import {
  attachedPolicyStatements,
  namesByName,
  type PolicyAttachment,
  type PolicyTargets,
} from './resource-policy.js';
import { compareNames, namePieces } from './bucket-naming.js';
import {
  baseOf,
  boolFact,
  optionalBoolFact,
  linkFact,
  MaybeAbsent,
  mayBeAbsent,
  linkListFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { dynamoDbSettings } from './dynamodb.js';
import { efsSettings } from './efs.js';
import { logGroupSettings } from './logs.js';
import { s3BucketSettings } from './s3.js';
import { dbClusterSettings, dbInstanceSettings, engineFact } from './database.js';
import { dbClusterTls, dbInstanceTls } from './db-tls.js';
import { topicSubscriptions } from './sns.js';

/** A KMS key link: an alias resource resolves to its target key, so relations land on the key. */
export function keyLink(
  resource: TemplateResource,
  path: string,
  index: TemplateIndex,
): Maybe<string | undefined> {
  const link = linkFact(resource, path);
  if (link instanceof Unknown && mayBeAbsent(resource, path)) {
    return new MaybeAbsent(`${link.reason}; the key may also be absent`);
  }
  if (link === undefined || link instanceof Unknown) return link;
  const target = index.get(link);
  if (target?.cfnType !== 'AWS::KMS::Alias') return link;
  const keyId = linkFact(target, 'TargetKeyId');
  if (keyId !== undefined && !(keyId instanceof Unknown) && index.has(keyId)) return keyId;
  return stringFact(target, 'AliasName') ?? keyId;
}

function kms(keyId: Maybe<string | undefined>): EncryptionAtRest {
  return { state: 'kms', keyId };
}

/** `Encrypted`-flag stores (EBS, EFS, RDS): the flag and the key as written. */
function flagEncryptionOf(
  resource: TemplateResource,
  flagPath: string,
  keyPath: string,
  index: TemplateIndex,
): Maybe<EncryptionAtRest> {
  return flagEncryption(
    { encrypted: optionalBoolFact(resource, flagPath), keyId: keyLink(resource, keyPath, index) },
    createPlace(resource.logicalId),
    { flag: flagPath, key: keyPath },
  );
}

/**
 * An Aurora Serverless v1 cluster (`EngineMode: serverless`) is encrypted with StorageEncrypted unset
 * or unresolved: "the cluster volume is always encrypted. You can choose the encryption key, but you
 * can't disable encryption" (Aurora User Guide, Using Amazon Aurora Serverless v1), so without
 * KmsKeyId it has the AWS-managed aws/rds key. An explicit `false` is kept as written: CreateDBCluster
 * rejects it ("Aurora Serverless DB clusters are always encrypted at rest. Encryption can't be
 * disabled."). Provisioned and Serverless v2 clusters keep CreateDBCluster's unencrypted default.
 */
function clusterStorageEncryption(resource: TemplateResource, index: TemplateIndex): Maybe<EncryptionAtRest> {
  const flag = optionalBoolFact(resource, 'StorageEncrypted');
  const keyId = keyLink(resource, 'KmsKeyId', index);
  const place = createPlace(resource.logicalId);
  const names = { flag: 'StorageEncrypted', key: 'KmsKeyId' };
  const asWritten = flagEncryption({ encrypted: flag, keyId }, place, names);
  if (flag === false) return asWritten;
  const mode = stringFact(resource, 'EngineMode');
  if (mode !== 'serverless' && !(mode instanceof Unknown)) return asWritten;
  if (mode === 'serverless') return flagEncryption({ encrypted: true, keyId }, place, names);
  // An unresolved flag is its own unknown; a cluster encrypted as written is encrypted in either mode.
  if (asWritten instanceof Unknown ? flag instanceof Unknown : asWritten.state === 'kms') return asWritten;
  return unknown(
    `${mode.reason}: an Aurora Serverless v1 (EngineMode serverless) cluster is always encrypted, any other is not encrypted without StorageEncrypted`,
  );
}

function restoredFrom(resource: TemplateResource, paths: string[], flagPath: string): Unknown | undefined {
  if (valueAt(resource, flagPath) !== undefined) return undefined;
  for (const path of paths) {
    const source = valueAt(resource, path);
    if (source !== undefined && source !== null) {
      return unknown(`${resource.logicalId} is restored from ${path}: its encryption is that of the source`);
    }
  }
  return undefined;
}

export function s3Bucket(resource: TemplateResource, index: TemplateIndex): S3Bucket {
  const rulePath = 'BucketEncryption.ServerSideEncryptionConfiguration';
  const rules = valueAt(resource, rulePath);
  let defaults: Raw<(BucketEncryptionDefault | undefined)[]>;
  if (rules instanceof Unknown) defaults = unknown(`${resource.logicalId}.${rulePath}: ${rules.reason}`);
  else if (rules === undefined || rules === null) defaults = undefined;
  else if (!Array.isArray(rules)) defaults = unknown(`${resource.logicalId}.${rulePath}: not a list`);
  else {
    const entries = rules.map((_, position): Raw<BucketEncryptionDefault> => {
      const byDefault = `${rulePath}.${position}.ServerSideEncryptionByDefault`;
      const entry = valueAt(resource, byDefault);
      if (entry instanceof Unknown) return unknown(`${resource.logicalId}.${byDefault}: ${entry.reason}`);
      if (entry === undefined || entry === null) return undefined;
      return {
        SSEAlgorithm: stringFact(resource, `${byDefault}.SSEAlgorithm`),
        KMSMasterKeyID: keyLink(resource, `${byDefault}.KMSMasterKeyID`, index),
      };
    });
    defaults =
      entries.find((entry) => entry instanceof Unknown) ??
      (entries as (BucketEncryptionDefault | undefined)[]);
  }
  const encryption = bucketEncryption(defaults, createPlace(resource.logicalId), {
    rules: rulePath,
    byDefault: 'ServerSideEncryptionByDefault',
  });
  return {
    type: 's3-bucket',
    ...baseOf(resource, 'BucketName'),
    encryption,
    ...publicAccessOf(resource),
    ...s3BucketSettings(resource, index),
  };
}

function publicAccessOf(resource: TemplateResource): BucketPublicAccess {
  const path = 'PublicAccessBlockConfiguration';
  const block = valueAt(resource, path);
  const place = createPlace(resource.logicalId);
  if (block === undefined || block === null) return bucketPublicAccess(undefined, place);
  if (block instanceof Unknown)
    return bucketPublicAccess(unknown(`${resource.logicalId}.${path}: ${block.reason}`), place);
  const settings = Object.fromEntries(
    Object.keys(PUBLIC_ACCESS_SETTINGS).map((flag) => [flag, optionalBoolFact(resource, `${path}.${flag}`)]),
  ) as PublicAccessSettingsFields;
  return bucketPublicAccess(settings, place);
}

export function dbInstance(resource: TemplateResource, index: TemplateIndex): DbInstance {
  const clusterId = linkFact(resource, 'DBClusterIdentifier');
  return {
    type: 'rds-db-instance',
    ...baseOf(resource, 'DBInstanceIdentifier'),
    encryption: instanceEncryption(resource, index, new Set()),
    engine: engineFact(resource),
    clusterId: clusterId === undefined ? undefined : clusterId,
    // Unset: decided from the VPC's internet gateways once every resource is normalized (public-default.ts).
    publiclyAccessible: publiclyAccessible(
      optionalBoolFact(resource, 'PubliclyAccessible'),
      createPlace(resource.logicalId),
    ),
    subnetGroupId: linkFact(resource, 'DBSubnetGroupName'),
    ...dbInstanceSettings(resource),
    tlsRequirement: dbInstanceTls(resource, index),
  };
}

/** An instance's storage encryption: its own, or its Aurora cluster's. */
function instanceEncryption(
  resource: TemplateResource,
  index: TemplateIndex,
  seen: ReadonlySet<string>,
): Maybe<EncryptionAtRest> {
  const clusterId = linkFact(resource, 'DBClusterIdentifier');
  if (clusterId === undefined) return dbEncryption(resource, index, seen);
  const cluster = clusterId instanceof Unknown ? undefined : index.get(clusterId);
  return cluster
    ? dbEncryption(cluster, index, seen)
    : unknown(
        `${resource.logicalId}: storage encryption is that of cluster ${String(clusterId instanceof Unknown ? clusterId.reason : clusterId)}`,
      );
}

const DB_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']);

/**
 * A read replica (or a cluster copied from another) has its source's
 * encryption; a replica in another region names its own key for it.
 */
function replicaEncryption(
  resource: TemplateResource,
  index: TemplateIndex,
  seen: ReadonlySet<string>,
): Maybe<EncryptionAtRest> | undefined {
  for (const path of ['SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier']) {
    const link = linkFact(resource, path);
    const source = typeof link === 'string' ? index.get(link) : undefined;
    if (!source || !DB_TYPES.has(source.cfnType)) continue;
    if (seen.has(source.id))
      return unknown(`${resource.logicalId}.${path}: the replication sources form a cycle`);
    const inherited = instanceEncryption(source, index, new Set([...seen, resource.id]));
    if (inherited instanceof Unknown) {
      return unknown(`${resource.logicalId} is a replica of ${source.logicalId}: ${inherited.reason}`);
    }
    if (inherited.state !== 'kms') return inherited;
    const ownKey = keyLink(resource, 'KmsKeyId', index);
    return ownKey === undefined ? inherited : kms(ownKey);
  }
  return undefined;
}

function dbEncryption(
  resource: TemplateResource,
  index: TemplateIndex,
  seen: ReadonlySet<string>,
): Maybe<EncryptionAtRest> {
  const replica = replicaEncryption(resource, index, seen);
  if (replica) return replica;
  const restored = restoredFrom(
    resource,
    ['DBSnapshotIdentifier', 'SnapshotIdentifier', 'SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier'],
    'StorageEncrypted',
  );
  if (restored && valueAt(resource, 'KmsKeyId') === undefined) return restored;
  if (resource.cfnType === 'AWS::RDS::DBCluster') return clusterStorageEncryption(resource, index);
  return flagEncryptionOf(resource, 'StorageEncrypted', 'KmsKeyId', index);
}

export function dbCluster(resource: TemplateResource, index: TemplateIndex): DbCluster {
  const engine = engineFact(resource);
  return {
    type: 'rds-db-cluster',
    ...baseOf(resource, 'DBClusterIdentifier'),
    encryption: dbEncryption(resource, index, new Set()),
    engine,
    // Unset on a Multi-AZ DB cluster: decided like an instance's (public-default.ts).
    publiclyAccessible: clusterPubliclyAccessible(
      { engine, publiclyAccessible: optionalBoolFact(resource, 'PubliclyAccessible') },
      createPlace(resource.logicalId),
    ),
    subnetGroupId: linkFact(resource, 'DBSubnetGroupName'),
    ...dbClusterSettings(resource, index),
    tlsRequirement: dbClusterTls(resource, index),
  };
}

export function dbSubnetGroup(resource: TemplateResource): DbSubnetGroup {
  const subnetIds = linkListFact(resource, 'SubnetIds');
  return {
    type: 'rds-db-subnet-group',
    ...baseOf(resource, 'DBSubnetGroupName'),
    subnetIds: subnetIds ?? unknown(`${resource.logicalId}.SubnetIds is not set`),
  };
}

/**
 * The encryption of an EBS volume created from the properties at `prefix`: an `AWS::EC2::Volume`'s own
 * (`''`), or a block device mapping's `Ebs` (`BlockDeviceMappings.0.Ebs.`, block-devices.ts), which
 * RunInstances reads like CreateVolume's: Encrypted, KmsKeyId, and a SnapshotId whose encryption an
 * unset flag keeps.
 */
export function ebsEncryptionAt(
  resource: TemplateResource,
  index: TemplateIndex,
  prefix = '',
): Maybe<EncryptionAtRest> {
  const restored = restoredFrom(resource, [`${prefix}SnapshotId`], `${prefix}Encrypted`);
  return restored ?? flagEncryptionOf(resource, `${prefix}Encrypted`, `${prefix}KmsKeyId`, index);
}

export function ebsVolume(resource: TemplateResource, index: TemplateIndex): EbsVolume {
  return {
    type: 'ebs-volume',
    ...baseOf(resource),
    encryption: ebsEncryptionAt(resource, index),
  };
}

export function efsFileSystem(resource: TemplateResource, index: TemplateIndex): EfsFileSystem {
  return {
    type: 'efs-file-system',
    ...baseOf(resource),
    encryption: flagEncryptionOf(resource, 'Encrypted', 'KmsKeyId', index),
    ...efsSettings(resource),
  };
}

function sseSpecification(
  resource: TemplateResource,
  index: TemplateIndex,
  keyPath: string,
): Maybe<EncryptionAtRest> {
  const enabled = boolFact(resource, 'SSESpecification.SSEEnabled', false);
  if (enabled instanceof Unknown) return enabled;
  if (!enabled) return { state: 'aws-owned' };
  return kms(keyLink(resource, keyPath, index));
}

export function dynamoDbTable(resource: TemplateResource, index: TemplateIndex): DynamoDbTable {
  const encryption =
    resource.cfnType === 'AWS::DynamoDB::GlobalTable'
      ? globalTableEncryption(resource, index)
      : sseSpecification(resource, index, 'SSESpecification.KMSMasterKeyId');
  return {
    type: 'dynamodb-table',
    ...baseOf(resource, 'TableName'),
    encryption,
    ...dynamoDbSettings(resource),
  };
}

/** Every replica of a global table shares the table's SSE type; the key is per replica, and each one counts. */
function globalTableEncryption(resource: TemplateResource, index: TemplateIndex): Maybe<EncryptionAtRest> {
  const replicas = valueAt(resource, 'Replicas');
  if (replicas instanceof Unknown) return unknown(`${resource.logicalId}.Replicas: ${replicas.reason}`);
  const count = Array.isArray(replicas) ? Math.max(replicas.length, 1) : 1;
  const encryption = sseSpecification(resource, index, 'Replicas.0.SSESpecification.KMSMasterKeyId');
  if (encryption instanceof Unknown || encryption.state !== 'kms' || count === 1) return encryption;
  const otherKeyIds = Array.from({ length: count - 1 }, (_, replica) =>
    keyLink(resource, `Replicas.${replica + 1}.SSESpecification.KMSMasterKeyId`, index),
  );
  return { ...encryption, otherKeyIds };
}

/** Whether an expression can evaluate to the empty string through the branches of an undecided `Fn::If`. */
function canBeEmpty(resource: TemplateResource, node: unknown): boolean {
  const branches = isRecord(node) ? node['Fn::If'] : undefined;
  if (Array.isArray(branches) && typeof branches[0] === 'string') {
    const holds = resource.evaluator.condition(branches[0]);
    const taken = holds === true ? [branches[1]] : holds === false ? [branches[2]] : branches.slice(1);
    return taken.some((branch) => canBeEmpty(resource, branch));
  }
  return resource.evaluator.evaluate(node) === '';
}

/**
 * SQS and SNS read an empty KmsMasterKeyId as no key at all (no SSE-KMS):
 * `""` is absent, and an unresolved key that may be `""` may be absent.
 */
function emptyMeansNoKeyLink(
  resource: TemplateResource,
  property: string,
  index: TemplateIndex,
): Maybe<string | undefined> {
  const key = keyLink(resource, property, index);
  if (key === '') return undefined;
  if (!(key instanceof Unknown) || key instanceof MaybeAbsent) return key;
  const raw = resource.evaluator.stack.file.template.Resources[resource.logicalId];
  const expression = isRecord(raw) && isRecord(raw.Properties) ? raw.Properties[property] : undefined;
  return canBeEmpty(resource, expression)
    ? new MaybeAbsent(`${key.reason}; the key may also be empty, which is no key`)
    : key;
}

/** A queue policy names its queues by URL: Ref of a queue is its URL, which ends in the queue's name. */
const QUEUE_POLICIES: readonly PolicyAttachment[] = [
  { cfnType: 'AWS::SQS::QueuePolicy', targets: 'Queues', document: 'PolicyDocument' },
  { cfnType: 'AWS::SQS::QueueInlinePolicy', targets: 'Queue', document: 'PolicyDocument' },
];

/** A topic policy names its topics by ARN: Ref of a topic is its ARN, which ends in the topic's name. */
const TOPIC_POLICIES: readonly PolicyAttachment[] = [
  { cfnType: 'AWS::SNS::TopicPolicy', targets: 'Topics', document: 'PolicyDocument' },
  { cfnType: 'AWS::SNS::TopicInlinePolicy', targets: 'TopicArn', document: 'PolicyDocument' },
];

const anyLiteral = (): boolean => true;

/** The queues a queue policy may name: its own normalizer reads it for a queue of the templates. */
export const QUEUE_POLICY_TARGETS: PolicyTargets = {
  kind: 'sqs-queue',
  cfnType: 'AWS::SQS::Queue',
  attachments: QUEUE_POLICIES,
  names: (queue) => namesByName(queue, 'QueueName', (link, name) => link.endsWith(`/${name}`), anyLiteral),
};

export const TOPIC_POLICY_TARGETS: PolicyTargets = {
  kind: 'sns-topic',
  cfnType: 'AWS::SNS::Topic',
  attachments: TOPIC_POLICIES,
  names: (topic) => namesByName(topic, 'TopicName', (link, name) => link.endsWith(`:${name}`), anyLiteral),
};

/**
 * A bucket policy names its bucket by name. One whose Bucket is unresolved
 * names a bucket whose BucketName is the same expression (attach.ts reads it
 * onto that bucket); otherwise it may name a bucket outside the templates.
 */
export const BUCKET_POLICY_TARGETS: PolicyTargets = {
  kind: 's3-bucket',
  cfnType: 'AWS::S3::Bucket',
  attachments: [{ cfnType: 'AWS::S3::BucketPolicy', targets: 'Bucket', document: 'PolicyDocument' }],
  names: (bucket) => namesByName(bucket, 'BucketName', (link, name) => link === name, anyLiteral),
  unresolvedNamesTemplateTarget: (policy, index) => {
    const policyName = namePieces(policy, 'Bucket');
    return resourcesOfType(index, 'AWS::S3::Bucket').some(
      (bucket) =>
        bucket.origin.stack === policy.origin.stack &&
        bucket.evaluator === policy.evaluator &&
        compareNames(policyName, namePieces(bucket, 'BucketName')) === 'same',
    );
  },
};

export function sqsQueue(resource: TemplateResource, index: TemplateIndex): SqsQueue {
  const encryption = queueEncryption(
    {
      kmsMasterKeyId: emptyMeansNoKeyLink(resource, 'KmsMasterKeyId', index),
      sqsManagedSseEnabled: optionalBoolFact(resource, 'SqsManagedSseEnabled'),
    },
    createPlace(resource.logicalId),
  );
  return {
    type: 'sqs-queue',
    ...baseOf(resource, 'QueueName'),
    encryption,
    policyStatements: attachedPolicyStatements(
      resource,
      index,
      QUEUE_POLICIES,
      QUEUE_POLICY_TARGETS.names(resource),
    ),
  };
}

export function snsTopic(resource: TemplateResource, index: TemplateIndex): SnsTopic {
  const key = emptyMeansNoKeyLink(resource, 'KmsMasterKeyId', index);
  return {
    type: 'sns-topic',
    ...baseOf(resource, 'TopicName'),
    encryption:
      key === undefined
        ? { state: 'unencrypted' }
        : key instanceof MaybeAbsent
          ? unknown(
              `${resource.logicalId}.KmsMasterKeyId may be absent (${key.reason}), and without it the topic is unencrypted`,
            )
          : kms(key),
    subscriptions: topicSubscriptions(resource, index),
    policyStatements: attachedPolicyStatements(
      resource,
      index,
      TOPIC_POLICIES,
      TOPIC_POLICY_TARGETS.names(resource),
    ),
  };
}

export function logGroup(resource: TemplateResource, index: TemplateIndex): LogGroup {
  const key = keyLink(resource, 'KmsKeyId', index);
  return {
    type: 'log-group',
    ...baseOf(resource, 'LogGroupName'),
    encryption: key === undefined ? { state: 'aws-owned' } : kms(key),
    ...logGroupSettings(resource),
  };
}
