/** Stores of data and how they are encrypted at rest, and the KMS keys that encrypt them. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';
import type { DbOperationalSettings, DbTlsRequirement } from './database.js';

/**
 * How data is encrypted at rest. `aws-owned`: a key the service owns and
 * the customer never sees (SSE-S3, SSE-SQS, DynamoDB default). `kms`: a KMS key,
 * AWS-managed (alias/aws/...) or customer-managed; `Inventory.classifyKey` tells
 * which. `keyId` undefined means the service's AWS-managed key (aws/<service>).
 */
export type EncryptionAtRest =
  | { state: 'unencrypted' }
  | { state: 'aws-owned' }
  | {
      state: 'kms';
      keyId: Maybe<string | undefined>;
      /**
       * Further keys of the same store, each encrypting a copy of the data (the
       * other replicas of a DynamoDB global table): the weakest key decides.
       */
      otherKeyIds?: Maybe<string | undefined>[];
    };

export interface EncryptedStore<T extends string> extends ResourceBase<T> {
  encryption: Maybe<EncryptionAtRest>;
}

export interface DbInstance extends EncryptedStore<'rds-db-instance'>, DbOperationalSettings {
  engine: Maybe<string | undefined>;
  /** Member of an Aurora cluster: storage encryption is the cluster's. */
  clusterId?: Maybe<string>;
  /**
   * A read replica: the instance it replicates. RDS creates replicas with
   * automated backups off, and PostgreSQL and Oracle replicas cannot keep any;
   * the source's backups hold the data.
   */
  readReplicaSource?: Maybe<string>;
  publiclyAccessible: Maybe<boolean>;
  /** Set when PubliclyAccessible was not set and the value is RDS's documented default: which default, and why. */
  publiclyAccessibleDefault?: string;
  /** Id of the DB subnet group; undefined: the default subnet group (default VPC). */
  subnetGroupId: Maybe<string | undefined>;
  /** Whether its parameter group forces TLS; undefined for a cluster member (its cluster's group decides) or when not read. */
  tlsRequirement?: Maybe<DbTlsRequirement>;
}

export interface DbCluster extends EncryptedStore<'rds-db-cluster'>, DbOperationalSettings {
  engine: Maybe<string | undefined>;
  /**
   * Multi-AZ DB clusters have it; undefined only for an Aurora cluster (its
   * engine is known to be aurora*), whose instances carry it.
   */
  publiclyAccessible: Maybe<boolean | undefined>;
  /** Set when PubliclyAccessible was not set and the value is RDS's documented default: which default, and why. */
  publiclyAccessibleDefault?: string;
  subnetGroupId: Maybe<string | undefined>;
  /** Whether its DB cluster parameter group forces TLS; undefined: not read by this source. */
  tlsRequirement?: Maybe<DbTlsRequirement>;
}

export interface DbSubnetGroup extends ResourceBase<'rds-db-subnet-group'> {
  subnetIds: Maybe<string[]>;
  vpcId?: Maybe<string>;
}

export type EbsVolume = EncryptedStore<'ebs-volume'>;

export interface S3PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface S3Bucket extends EncryptedStore<'s3-bucket'> {
  /** The bucket-level settings in effect; a bucket without a configuration has S3's default (facts/bucket-public-access.ts). */
  publicAccessBlock: Maybe<S3PublicAccessBlock>;
  /** Set when no configuration was read and a documented default decided the settings: which default, and why. */
  publicAccessBlockDefault?: string;
  /**
   * The owning account's Block Public Access (S3 Control), which S3 ORs with
   * the bucket's: absent when not read (templates: not in a template).
   */
  accountPublicAccessBlock?: Maybe<S3PublicAccessBlock>;
  /** The bucket policy document, undefined when the bucket has none. */
  policy?: Maybe<unknown>;
  // The settings below are undefined when the source did not read them (an older snapshot): rules say UNKNOWN.
  versioning?: Maybe<S3Versioning>;
  accessLogging?: Maybe<S3AccessLogging>;
  /** Whether any event notification (SNS, SQS, Lambda or EventBridge) is configured. */
  eventNotifications?: Maybe<boolean>;
  /** Whether S3 Object Lock is enabled on the bucket. */
  objectLockEnabled?: Maybe<boolean>;
  replication?: Maybe<S3Replication>;
  lifecycle?: Maybe<S3Lifecycle>;
}

export interface S3Versioning {
  /** `Off`: never enabled (the API returns no Status). */
  status: 'Enabled' | 'Suspended' | 'Off';
  mfaDelete: Maybe<boolean>;
}

export type S3AccessLogging = { enabled: false } | { enabled: true; targetBucket: Maybe<string> };

export interface S3ReplicationRule {
  enabled: Maybe<boolean>;
  /** Destination bucket as written: an ARN, or an inventory id for a template bucket. */
  destinationBucket: Maybe<string>;
}

/** `rules` empty: no replication configuration. */
export interface S3Replication {
  rules: S3ReplicationRule[];
}

export interface S3Lifecycle {
  totalRules: number;
  enabledRules: Maybe<number>;
}

export interface DynamoDbTable extends EncryptedStore<'dynamodb-table'> {
  /** undefined: not read by this source. */
  pointInTimeRecovery?: Maybe<boolean>;
  deletionProtection?: Maybe<boolean>;
}
export interface EfsFileSystem extends EncryptedStore<'efs-file-system'> {
  /** The EFS backup policy (automatic AWS Backup backups); undefined: not read by this source. */
  automaticBackups?: Maybe<boolean>;
  /** The file system policy (its parsed document), `none` when it has none; undefined: not read by this source. */
  fileSystemPolicy?: Maybe<{ document: unknown } | 'none'>;
}
export interface SqsQueue extends EncryptedStore<'sqs-queue'> {
  /** The queue policy's statements; [] when the queue has no policy. */
  policyStatements: Maybe<PolicyStatement[]>;
}
export interface SnsTopic extends EncryptedStore<'sns-topic'> {
  /** The topic policy's statements; [] when the topic has none (a live topic always has one: SNS writes a default). */
  policyStatements: Maybe<PolicyStatement[]>;
  /**
   * Its subscriptions: confirmed ones deliver, pending ones (an email or HTTP endpoint that never confirmed) do not.
   * A template's declared subscriptions count as confirmed (confirmation happens after deployment).
   * undefined: not read by this source.
   */
  subscriptions?: Maybe<SnsSubscriptionCount>;
}
export interface SnsSubscriptionCount {
  confirmed: number;
  pending: number;
}
export interface LogGroup extends EncryptedStore<'log-group'> {
  /** Days events are kept, or `never-expires`; undefined: not read by this source. */
  retentionInDays?: Maybe<number | 'never-expires'>;
}

// ---- KMS -----------------------------------------------------------------

export interface KmsKey extends ResourceBase<'kms-key'> {
  keyManager: Maybe<'AWS' | 'CUSTOMER'>;
  /** SYMMETRIC_DEFAULT, RSA_2048, HMAC_256 ... */
  keySpec: Maybe<string>;
  keyState?: Maybe<string>;
  /** Key material origin: AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  keyMaterialOrigin?: Maybe<string>;
  rotationEnabled: Maybe<boolean>;
  /** Alias names, e.g. `alias/payments`. */
  aliases: string[];
  /** The key policy's statements; undefined: not read by this source. */
  policyStatements?: Maybe<PolicyStatement[]>;
}
