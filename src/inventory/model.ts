/**
 * The normalized resource model. Every source (templates, live AWS, snapshots)
 * produces these shapes, so a rule is written once and runs on all of them.
 * It models AWS concepts (a subnet's route table, a key's manager), not
 * CloudFormation syntax. Facts a source could not establish are `Unknown`.
 */
import type { Maybe } from './maybe.js';

/** Where a resource was found: a template line, or a live account and region. */
export type Origin =
  | {
      kind: 'template';
      file: string;
      line?: number;
      logicalId: string;
      stack: string;
      /** CDK construct path from `Metadata['aws:cdk:path']`. */
      cdkPath?: string;
      cfnType: string;
      /**
       * The resource's `Condition` when it was not decided true: the resource
       * exists only if it holds, and was checked as if it did.
       */
      condition?: string;
      /** Why the condition is undecided or false, for finding messages. */
      conditionReason?: string;
    }
  | { kind: 'live'; account: string; region: string };

/** A suppression written on the resource itself (template Metadata). */
export interface InlineSuppression {
  /** Our rule id, or another scanner's id (CKV_AWS_16, F27, AwsSolutions-RDS2 ...). */
  id: string;
  /** Which scanner's vocabulary `id` is in. */
  tool: 'soc2' | 'checkov' | 'cfn_nag' | 'guard' | 'cdk_nag';
  justification: string;
  /** ISO date (YYYY-MM-DD) or timestamp after which the suppression no longer applies. */
  expires?: string;
}

interface ResourceBase<T extends string> {
  type: T;
  /**
   * Unique within the inventory. Live: the AWS id or ARN. Templates:
   * `<stack>/<logicalId>`. Relations between resources use these ids.
   */
  id: string;
  /** Human-facing name (bucket name, DB identifier, Name tag). */
  name?: string;
  arn?: string;
  region?: string;
  origin: Origin;
  tags?: Record<string, string>;
  suppressions?: InlineSuppression[];
}

// ---- encryption at rest --------------------------------------------------

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

interface EncryptedStore<T extends string> extends ResourceBase<T> {
  encryption: Maybe<EncryptionAtRest>;
}

export interface DbInstance extends EncryptedStore<'rds-db-instance'> {
  engine: Maybe<string | undefined>;
  /** Member of an Aurora cluster: storage encryption is the cluster's. */
  clusterId?: Maybe<string>;
  publiclyAccessible: Maybe<boolean>;
  /** Set when PubliclyAccessible was not set and the value is RDS's documented default: which default, and why. */
  publiclyAccessibleDefault?: string;
  /** Id of the DB subnet group; undefined: the default subnet group (default VPC). */
  subnetGroupId: Maybe<string | undefined>;
}

export interface DbCluster extends EncryptedStore<'rds-db-cluster'> {
  engine: Maybe<string | undefined>;
  /**
   * Multi-AZ DB clusters have it; undefined only for an Aurora cluster (its
   * engine is known to be aurora*), whose instances carry it.
   */
  publiclyAccessible: Maybe<boolean | undefined>;
  /** Set when PubliclyAccessible was not set and the value is RDS's documented default: which default, and why. */
  publiclyAccessibleDefault?: string;
  subnetGroupId: Maybe<string | undefined>;
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
  /** undefined: no bucket-level block configured. */
  publicAccessBlock: Maybe<S3PublicAccessBlock | undefined>;
  /** The bucket policy document, undefined when the bucket has none. */
  policy?: Maybe<unknown>;
}

export type DynamoDbTable = EncryptedStore<'dynamodb-table'>;
export type EfsFileSystem = EncryptedStore<'efs-file-system'>;
export type SqsQueue = EncryptedStore<'sqs-queue'>;
export type SnsTopic = EncryptedStore<'sns-topic'>;
export type LogGroup = EncryptedStore<'log-group'>;

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
}

// ---- network -------------------------------------------------------------

export interface Subnet extends ResourceBase<'ec2-subnet'> {
  vpcId: Maybe<string>;
  mapPublicIpOnLaunch?: Maybe<boolean>;
}

export type RouteTarget =
  | { kind: 'internet-gateway'; id: string }
  | { kind: 'local' }
  | { kind: 'other'; id?: string; description: string };

export interface Route {
  /** IPv4/IPv6 CIDR or prefix list id. */
  destination: Maybe<string>;
  target: Maybe<RouteTarget>;
}

export interface RouteTable extends ResourceBase<'ec2-route-table'> {
  vpcId: Maybe<string>;
  /** The VPC's main route table: used by subnets without an explicit association. */
  isMain: boolean;
  /** Subnets explicitly associated with this table. */
  subnetIds: Maybe<string[]>;
  routes: Maybe<Route[]>;
}

export interface InternetGateway extends ResourceBase<'ec2-internet-gateway'> {
  vpcIds: Maybe<string[]>;
}

export interface SecurityGroupRule {
  /** tcp, udp, icmp, a protocol number, or -1 (all protocols and ports). */
  protocol: string;
  fromPort?: number;
  toPort?: number;
  /** IPv4 or IPv6 CIDR source. */
  cidr?: string;
  sourceGroupId?: string;
  /**
   * Source prefix list id (template `SourcePrefixListId`, live
   * `IpPermissions[].PrefixListIds[].PrefixListId`). A customer-managed prefix
   * list can hold any CIDR, 0.0.0.0/0 included, so the rule is only as open as
   * `prefixListCidrs` says.
   */
  prefixListId?: string;
  /**
   * The CIDRs of that prefix list: live from ec2:GetManagedPrefixListEntries,
   * templates from the Entries of an AWS::EC2::PrefixList in the scanned
   * templates. Unknown (with the reason) when they were not read; set whenever
   * `prefixListId` is.
   */
  prefixListCidrs?: Maybe<string[]>;
}

export interface SecurityGroup extends ResourceBase<'ec2-security-group'> {
  vpcId: Maybe<string | undefined>;
  ingress: Maybe<SecurityGroupRule[]>;
}

/** Per-region account settings of EC2 (live only). */
export interface Ec2RegionSettings extends ResourceBase<'ec2-region-settings'> {
  ebsEncryptionByDefault: Maybe<boolean>;
  ebsDefaultKmsKeyId?: Maybe<string | undefined>;
}

// ---- load balancing, CDN, API --------------------------------------------

export interface LoadBalancer extends ResourceBase<'elbv2-load-balancer'> {
  lbType: Maybe<'application' | 'network' | 'gateway'>;
  scheme: Maybe<'internet-facing' | 'internal'>;
  dnsName?: string;
}

export interface ListenerAction {
  /** forward, redirect, fixed-response, authenticate-oidc, authenticate-cognito. */
  type: Maybe<string>;
  /** For redirects: the protocol redirected to (HTTPS, HTTP, or #{protocol}). */
  redirectProtocol?: Maybe<string | undefined>;
}

export interface Listener extends ResourceBase<'elbv2-listener'> {
  loadBalancerId: Maybe<string>;
  /** HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, GENEVE. */
  protocol: Maybe<string>;
  port: Maybe<number | undefined>;
  /** undefined: none set, the ELB default policy applies. */
  sslPolicy: Maybe<string | undefined>;
  /** The default actions plus every listener rule's actions. */
  actions: Maybe<ListenerAction[]>;
}

/** A predefined ELB security policy and the protocols it offers (live: DescribeSSLPolicies). */
export interface SslPolicy extends ResourceBase<'elbv2-ssl-policy'> {
  protocols: string[];
}

export interface CloudFrontDistribution extends ResourceBase<'cloudfront-distribution'> {
  /** undefined: the *.cloudfront.net default certificate, which allows TLSv1. */
  minimumProtocolVersion: Maybe<string | undefined>;
  usesDefaultCertificate: Maybe<boolean>;
  /** Viewer protocol policy of the default and of every ordered cache behavior. */
  viewerProtocolPolicies: Maybe<string[]>;
  /** WAFv2 web ACL ARN (or WAF Classic id); undefined: none. */
  webAclId: Maybe<string | undefined>;
}

export interface ApiGatewayStage extends ResourceBase<'apigateway-stage'> {
  restApiId: Maybe<string>;
  stageName: Maybe<string>;
  /** EDGE, REGIONAL or PRIVATE: a PRIVATE API is not public. */
  endpointTypes: Maybe<string[]>;
  /** WAFv2 web ACL ARN set on the stage (live `webAclArn`); undefined: none. */
  webAclArn: Maybe<string | undefined>;
}

export interface WebAcl extends ResourceBase<'wafv2-web-acl'> {
  scope: Maybe<'REGIONAL' | 'CLOUDFRONT'>;
}

/** A WAFv2 web ACL protecting a regional resource (ALB, API Gateway stage ...). */
export interface WebAclAssociation extends ResourceBase<'wafv2-web-acl-association'> {
  /** Inventory id or ARN of the protected resource. */
  resourceId: Maybe<string>;
  webAclId: Maybe<string>;
}

// ---- logging and monitoring ----------------------------------------------

/** Which of the account's API calls a trail records: read (Describe/List/Get), write, both, or none. */
export type ManagementEvents = 'all' | 'read-only' | 'write-only' | 'none';

export interface CloudTrailTrail extends ResourceBase<'cloudtrail-trail'> {
  isMultiRegion: Maybe<boolean>;
  /** From its event selectors; a trail without selectors records all of them. */
  managementEvents: Maybe<ManagementEvents>;
  logFileValidation: Maybe<boolean>;
  /** undefined: SSE-S3 only, no KMS key. */
  kmsKeyId: Maybe<string | undefined>;
  isLogging: Maybe<boolean>;
  homeRegion?: string;
}

export interface ConfigRecorder extends ResourceBase<'config-recorder'> {
  recording: Maybe<boolean>;
  allSupported: Maybe<boolean>;
  lastStatus?: Maybe<string | undefined>;
}

// ---- identity ------------------------------------------------------------

export interface PasswordPolicy {
  minimumLength?: number;
  requireSymbols?: boolean;
  requireNumbers?: boolean;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  maxAgeDays?: number;
  reusePrevention?: number;
}

/** Account-wide identity settings (live only). */
export interface AwsAccount extends ResourceBase<'aws-account'> {
  rootMfaEnabled: Maybe<boolean>;
  rootAccessKeysPresent: Maybe<boolean>;
  /** undefined: the account has no password policy. */
  passwordPolicy: Maybe<PasswordPolicy | undefined>;
}

export interface AccessKey {
  id: string;
  active: boolean;
  createdAt?: string;
  lastUsedAt?: string;
}

export interface IamUser extends ResourceBase<'iam-user'> {
  hasConsolePassword: Maybe<boolean>;
  mfaActive: Maybe<boolean>;
  accessKeys: Maybe<AccessKey[]>;
  passwordLastUsedAt?: Maybe<string | undefined>;
}

// ---- the union -------------------------------------------------------------

export type Resource =
  | DbInstance
  | DbCluster
  | DbSubnetGroup
  | EbsVolume
  | S3Bucket
  | DynamoDbTable
  | EfsFileSystem
  | SqsQueue
  | SnsTopic
  | LogGroup
  | KmsKey
  | Subnet
  | RouteTable
  | InternetGateway
  | SecurityGroup
  | Ec2RegionSettings
  | LoadBalancer
  | Listener
  | SslPolicy
  | CloudFrontDistribution
  | ApiGatewayStage
  | WebAcl
  | WebAclAssociation
  | CloudTrailTrail
  | ConfigRecorder
  | AwsAccount
  | IamUser;

export type ResourceType = Resource['type'];
export type ResourceOf<T extends ResourceType> = Extract<Resource, { type: T }>;

/** Every type, at run time (custom rules name them); the Record makes a new type a compile error until listed. */
const RESOURCE_TYPE_SET: Record<ResourceType, true> = {
  'rds-db-instance': true,
  'rds-db-cluster': true,
  'rds-db-subnet-group': true,
  'ebs-volume': true,
  's3-bucket': true,
  'dynamodb-table': true,
  'efs-file-system': true,
  'sqs-queue': true,
  'sns-topic': true,
  'log-group': true,
  'kms-key': true,
  'ec2-subnet': true,
  'ec2-route-table': true,
  'ec2-internet-gateway': true,
  'ec2-security-group': true,
  'ec2-region-settings': true,
  'elbv2-load-balancer': true,
  'elbv2-listener': true,
  'elbv2-ssl-policy': true,
  'cloudfront-distribution': true,
  'apigateway-stage': true,
  'wafv2-web-acl': true,
  'wafv2-web-acl-association': true,
  'cloudtrail-trail': true,
  'config-recorder': true,
  'aws-account': true,
  'iam-user': true,
};
export const RESOURCE_TYPES = Object.keys(RESOURCE_TYPE_SET) as ResourceType[];

/** The storage types whose `encryption` the encryption rules read. */
export const ENCRYPTED_STORE_TYPES = [
  'rds-db-instance',
  'rds-db-cluster',
  'ebs-volume',
  's3-bucket',
  'dynamodb-table',
  'efs-file-system',
  'sqs-queue',
  'sns-topic',
  'log-group',
] as const satisfies readonly ResourceType[];

export type EncryptedStoreType = (typeof ENCRYPTED_STORE_TYPES)[number];

/**
 * Something a source could not read at all: a whole population is missing
 * (ListBuckets denied, a region that did not answer, a nested stack whose
 * template is missing). Rules over that type report UNKNOWN for it.
 */
export interface Gap {
  resourceType: ResourceType;
  region?: string;
  account?: string;
  /** The API action that failed (`rds:DescribeDBInstances`) or the input that was missing. */
  action?: string;
  reason: string;
  /** The raw text behind a reason put in plain words (an endpoint's HTML page, the SDK's message): evidence only. */
  detail?: string;
}

export interface InventoryMeta {
  source: 'template' | 'live' | 'snapshot';
  /** Account ids scanned (live and snapshot). */
  accounts?: string[];
  regions?: string[];
  /** ISO timestamp the data was read (live, snapshot): rules measure ages against it, never the clock. */
  scannedAt?: string;
}
