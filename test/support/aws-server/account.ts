/**
 * The data a fake AWS account answers with. Everything is stored in the AWS
 * SDK's own output shapes, so what a collector reads back is exactly what it
 * would read from AWS. Regional data lives under `regions[region]`; IAM, S3 and
 * CloudFront are global. Every field is optional so tests build only what they need.
 */
import type { LoadBalancer, Listener, Rule, SslPolicy } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { LoadBalancerAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { RestApi, Stage } from '@aws-sdk/client-api-gateway';
import type { Subscription } from '@aws-sdk/client-sns';
import type { FakeClassicElb } from './services/elb.js';
import type { FakeApiGatewayV2 } from './services/apigatewayv2.js';
import type { DistributionConfig, DistributionSummary } from '@aws-sdk/client-cloudfront';
import type {
  EventSelector,
  AdvancedEventSelector,
  GetTrailStatusResponse,
  Trail,
} from '@aws-sdk/client-cloudtrail';
import type { ResourcePolicy } from '@aws-sdk/client-cloudwatch-logs';
import type { LogGroup, MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { DescribeBrokerResponse } from '@aws-sdk/client-mq';
import type { LogDestinationConfig } from '@aws-sdk/client-network-firewall';
import type { HostedZone, QueryLoggingConfig } from '@aws-sdk/client-route-53';
import type {
  ConfigurationRecorder,
  ConfigurationRecorderStatus,
  DeliveryChannel,
  DeliveryChannelStatus,
} from '@aws-sdk/client-config-service';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type {
  Address,
  ClientVpnEndpoint,
  FlowLog,
  Image,
  Instance,
  LaunchTemplateVersion,
  NetworkAcl,
  NetworkInterface,
  Snapshot,
  TransitGateway,
  InternetGateway,
  PrefixListEntry,
  RouteTable,
  SecurityGroup,
  Subnet,
  Volume,
  Vpc,
} from '@aws-sdk/client-ec2';
import type { FileSystemDescription, Status as EfsBackupStatus } from '@aws-sdk/client-efs';
import type {
  AccessKeyLastUsed,
  AccessKeyMetadata,
  AttachedPolicy,
  GroupDetail,
  ManagedPolicyDetail,
  MFADevice,
  PolicyDetail,
  RoleDetail,
  PasswordPolicy,
  User,
} from '@aws-sdk/client-iam';
import type { AliasListEntry, KeyMetadata } from '@aws-sdk/client-kms';
import type { DBCluster, DBInstance, DBSubnetGroup } from '@aws-sdk/client-rds';
import type { DBClusterSnapshot, DBSnapshot, Parameter } from '@aws-sdk/client-rds';
import type {
  BucketVersioningStatus,
  LifecycleRule,
  LoggingEnabled,
  MFADeleteStatus,
  NotificationConfiguration,
  ObjectLockConfiguration,
  PublicAccessBlockConfiguration,
  ReplicationConfiguration,
  ServerSideEncryptionConfiguration,
} from '@aws-sdk/client-s3';
import type { WebACL } from '@aws-sdk/client-wafv2';
import type {
  FakeAcm,
  FakeBackup,
  FakeEcr,
  FakeEks,
  FakeGuardDuty,
  FakeLambda,
  FakeSecurityHub,
  FakeTransfer,
} from './posture-account.js';
import type {
  FakeDax,
  FakeDms,
  FakeElastiCache,
  FakeKafka,
  FakeKafkaConnect,
  FakeKinesis,
  FakeOpenSearch,
  FakeRedshift,
  FakeSageMaker,
} from './analytics-account.js';
import type { FakeEmr } from './services/emr.js';

import type { InstanceInformation, ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm';

export interface FakeAccount {
  accountId: string;
  /** What sts:GetCallerIdentity answers. */
  callerArn: string;
  callerUserId?: string;
  /** Regions the account can call (default regions plus opted-in ones). */
  enabledRegions: string[];
  /** Opt-in regions the account has not enabled: every call there fails like AWS does. */
  optInRegions?: string[];
  regions: Record<string, FakeRegion>;
  /**
   * AWS's public list of the regions offering a service (ssm:GetParametersByPath
   * /aws/service/global-infrastructure/services/<name>/regions), by its name
   * there (`bedrock`); a service left out is offered in every region.
   */
  serviceRegions?: Record<string, string[]>;
  iam?: FakeIam;
  s3?: FakeS3;
  cloudfront?: FakeCloudFront;
  /** Route 53 is global: the account's hosted zones and query logging configurations. */
  route53?: { hostedZones: HostedZone[]; queryLoggingConfigs?: QueryLoggingConfig[] };
  /** The organization this account is a member of, when the server emulates none (`organization` option). */
  memberOf?: { organizationId: string; managementAccountId: string };
  /** Alternate contacts by type (account:GetAlternateContact); a type absent: none registered. */
  alternateContacts?: Partial<Record<'SECURITY' | 'BILLING' | 'OPERATIONS', FakeAlternateContact>>;
}

export interface FakeAlternateContact {
  EmailAddress: string;
  Name: string;
  PhoneNumber: string;
  Title: string;
}

export interface FakeRegion {
  backup?: FakeBackup;
  lambda?: FakeLambda;
  guardduty?: FakeGuardDuty;
  securityhub?: FakeSecurityHub;
  acm?: FakeAcm;
  eks?: FakeEks;
  ecr?: FakeEcr;
  transfer?: FakeTransfer;
  /** Systems Manager: managed instances and the compliance summaries of each (Patch, Association ...). */
  ssm?: { instances: InstanceInformation[]; complianceSummaries?: ResourceComplianceSummaryItem[] };
  redshift?: FakeRedshift;
  opensearch?: FakeOpenSearch;
  kinesis?: FakeKinesis;
  elasticache?: FakeElastiCache;
  dax?: FakeDax;
  dms?: FakeDms;
  kafka?: FakeKafka;
  kafkaconnect?: FakeKafkaConnect;
  sagemaker?: FakeSageMaker;
  emr?: FakeEmr;
  kms?: { keys: FakeKmsKey[]; aliases?: AliasListEntry[] };
  /** Trails whose home region is this one; multi-region trails also show in every other region. */
  cloudtrail?: { trails: FakeTrail[] };
  /** Web ACLs of this region; CLOUDFRONT-scope ones belong in us-east-1. */
  wafv2?: { webAcls: FakeWebAcl[] };
  config?: {
    recorders: ConfigurationRecorder[];
    recorderStatus?: ConfigurationRecorderStatus[];
    deliveryChannels?: DeliveryChannel[];
    deliveryChannelStatus?: DeliveryChannelStatus[];
    /** When Config captured the configuration items it serves (services/config-items.ts); default 2026-11-20T06:00:00Z. */
    itemsCapturedAt?: string;
    /** Names of the organization aggregators in this account and region (they see every member account). */
    aggregators?: string[];
  };
  /** `pitrEnabled`: names of the tables with point-in-time recovery on (others answer DISABLED). */
  dynamodb?: { tables: TableDescription[]; pitrEnabled?: string[] };
  logs?: { logGroups: LogGroup[]; metricFilters?: MetricFilter[]; resourcePolicies?: ResourcePolicy[] };
  cloudwatch?: { alarms: MetricAlarm[] };
  mq?: { brokers: DescribeBrokerResponse[] };
  networkfirewall?: { firewalls: FakeFirewall[] };
  sqs?: { queues: FakeQueue[] };
  sns?: {
    topics: FakeTopic[];
    /** ListSubscriptions entries; SubscriptionArn `PendingConfirmation` for one never confirmed. */
    subscriptions?: Subscription[];
  };
  rds?: {
    instances?: DBInstance[];
    clusters?: DBCluster[];
    subnetGroups?: DBSubnetGroup[];
    snapshots?: DBSnapshot[];
    clusterSnapshots?: DBClusterSnapshot[];
    /** Identifiers of the (manual) snapshots and cluster snapshots restorable by every account. */
    publicSnapshots?: string[];
    /** DescribeDBParameters answers by DB parameter group name; a group not here answers DBParameterGroupNotFound. */
    parameterGroups?: Record<string, Parameter[]>;
    /** DescribeDBClusterParameters answers by DB cluster parameter group name. */
    clusterParameterGroups?: Record<string, Parameter[]>;
  };
  ec2?: {
    vpcs?: Vpc[];
    subnets?: Subnet[];
    routeTables?: RouteTable[];
    internetGateways?: InternetGateway[];
    volumes?: Volume[];
    securityGroups?: SecurityGroup[];
    /** Managed prefix lists (customer-managed or AWS-managed) and their entries. */
    prefixLists?: { PrefixListId: string; PrefixListName: string; Entries: PrefixListEntry[] }[];
    ebsEncryptionByDefault?: boolean;
    /** Default: alias/aws/ebs. */
    ebsDefaultKmsKeyId?: string;
    /** Each instance is served in a reservation of its own. */
    instances?: Instance[];
    /** Every version of every launch template; `DefaultVersion` marks the default ones. */
    launchTemplateVersions?: LaunchTemplateVersion[];
    /** Snapshots of any owner; DescribeSnapshots OwnerIds=self answers the account's own. */
    snapshots?: Snapshot[];
    /** Snapshots restorable by every account (createVolumePermission group all). */
    publicSnapshotIds?: string[];
    /** GetSnapshotBlockPublicAccessState. Default: unblocked. */
    snapshotBlockPublicAccess?: string;
    images?: Image[];
    networkAcls?: NetworkAcl[];
    networkInterfaces?: NetworkInterface[];
    addresses?: Address[];
    transitGateways?: TransitGateway[];
    clientVpnEndpoints?: ClientVpnEndpoint[];
    flowLogs?: FlowLog[];
  };
  elbv2?: {
    loadBalancers?: LoadBalancer[];
    listeners?: Listener[];
    /** Listener rules by listener ARN (the default rule included). */
    rules?: Record<string, Rule[]>;
    /** Default: the predefined policies in ssl-policies.ts. */
    sslPolicies?: SslPolicy[];
    /** Attributes by load balancer ARN, over ELB's defaults for its type (services/elbv2.ts). */
    attributes?: Record<string, LoadBalancerAttribute[]>;
  };
  apigateway?: { restApis: RestApi[]; stages?: Record<string, Stage[]> };
  /** Classic Load Balancers (services/elb.ts). */
  elb?: FakeClassicElb;
  /** HTTP and WebSocket APIs (services/apigatewayv2.ts). */
  apigatewayv2?: FakeApiGatewayV2;
  /** `backupPolicies`: status by file system id; a file system without one answers PolicyNotFound. */
  efs?: {
    fileSystems: FileSystemDescription[];
    backupPolicies?: Record<string, EfsBackupStatus>;
    /** File system policies (JSON text) by file system id; a file system without one answers PolicyNotFound. */
    fileSystemPolicies?: Record<string, string>;
  };
}

export interface FakeKmsKey {
  metadata: KeyMetadata;
  /** Customer keys only; AWS-managed keys always rotate. */
  rotationEnabled?: boolean;
  rotationPeriodInDays?: number;
  policy?: string;
}

/** A Network Firewall firewall and its log destinations (none: logging never configured). */
export interface FakeFirewall {
  name: string;
  arn: string;
  logging?: LogDestinationConfig[];
}

export interface FakeTrail {
  trail: Trail;
  status: GetTrailStatusResponse;
  eventSelectors?: EventSelector[];
  advancedEventSelectors?: AdvancedEventSelector[];
}

export interface FakeWebAcl {
  scope: 'REGIONAL' | 'CLOUDFRONT';
  acl: WebACL & { Name: string; Id: string; ARN: string };
  /** ARNs of the regional resources (ALB, API Gateway stage ...) the ACL protects. */
  resourceArns?: string[];
  /** Log destinations of its logging configuration (ListLoggingConfigurations); undefined: none. */
  logDestinations?: string[];
}

export interface FakeQueue {
  url: string;
  /** GetQueueAttributes values: QueueArn, KmsMasterKeyId, SqsManagedSseEnabled ... */
  attributes: Record<string, string>;
}

export interface FakeTopic {
  arn: string;
  /** GetTopicAttributes values: TopicArn, KmsMasterKeyId, DisplayName ...; Policy defaults to SNS's own. */
  attributes: Record<string, string>;
}

export interface FakeIamUser {
  user: User;
  /** Group names (GetAccountAuthorizationDetails GroupList). */
  groups?: string[];
  attachedPolicies?: AttachedPolicy[];
  /** Inline policies; documents as plain JSON (the server URL-encodes them like IAM). */
  inlinePolicies?: PolicyDetail[];
  /** false: created after the credential report was generated, so the report has no row for it. */
  inCredentialReport?: boolean;
  hasConsolePassword?: boolean;
  mfaDevices?: MFADevice[];
  accessKeys?: FakeAccessKey[];
}

export interface FakeAccessKey {
  metadata: AccessKeyMetadata;
  lastUsed?: AccessKeyLastUsed;
}

export interface FakeIam {
  users: FakeIamUser[];
  /** undefined: the account has no password policy (GetAccountPasswordPolicy answers NoSuchEntity). */
  passwordPolicy?: PasswordPolicy;
  rootMfaEnabled: boolean;
  rootAccessKeysPresent: boolean;
  /** The root user's MFA device is virtual (ListVirtualMFADevices lists it as root's). */
  rootVirtualMfa?: boolean;
  /** The root user's last console sign-in (credential report password_last_used); undefined: N/A. */
  rootPasswordLastUsed?: Date;
  /** The last use of root's access key 1, when it has one (credential report); undefined: N/A. */
  rootAccessKeyLastUsed?: Date;
  /** Extra GetAccountSummary entries; AccountMFAEnabled, AccountAccessKeysPresent and Users are derived. */
  summary?: Record<string, number>;
  /** Documents as plain JSON (the server URL-encodes them like IAM). */
  roles?: RoleDetail[];
  groups?: GroupDetail[];
  /** Customer-managed and AWS-managed (arn:aws:iam::aws:policy/...) policies. */
  policies?: ManagedPolicyDetail[];
}

export interface FakeBucket {
  name: string;
  region: string;
  creationDate: Date;
  /** undefined: answers ServerSideEncryptionConfigurationNotFoundError. */
  encryption?: ServerSideEncryptionConfiguration;
  /** undefined: answers NoSuchPublicAccessBlockConfiguration. */
  publicAccessBlock?: PublicAccessBlockConfiguration;
  /** Policy JSON; undefined: answers NoSuchBucketPolicy. */
  policy?: string;
  /** undefined: an empty VersioningConfiguration (never enabled). */
  versioning?: { Status?: BucketVersioningStatus; MFADelete?: MFADeleteStatus };
  /** undefined: an empty BucketLoggingStatus (logging off). */
  logging?: LoggingEnabled;
  /** undefined: an empty NotificationConfiguration. */
  notifications?: NotificationConfiguration;
  /** undefined: answers ObjectLockConfigurationNotFoundError. */
  objectLock?: ObjectLockConfiguration;
  /** undefined: answers ReplicationConfigurationNotFoundError. */
  replication?: ReplicationConfiguration;
  /** undefined: answers NoSuchLifecycleConfiguration. */
  lifecycleRules?: LifecycleRule[];
}

export interface FakeS3 {
  buckets: FakeBucket[];
  /** S3 Control's account-level Block Public Access; undefined: answers NoSuchPublicAccessBlockConfiguration. */
  accountPublicAccessBlock?: PublicAccessBlockConfiguration;
}

export interface FakeDistribution {
  summary: DistributionSummary & { Id: string; ARN: string };
  config: DistributionConfig;
  etag?: string;
}

export interface FakeCloudFront {
  distributions: FakeDistribution[];
}

/** An account with nothing in it, for tests that add only what they need. */
export function emptyAccount(overrides: Partial<FakeAccount> = {}): FakeAccount {
  const accountId = overrides.accountId ?? '111122223333';
  return {
    accountId,
    callerArn: `arn:aws:sts::${accountId}:assumed-role/soc2-scanner/nightly`,
    enabledRegions: ['us-east-1'],
    regions: {},
    ...overrides,
  };
}

export { sampleAccount } from './sample-account.js';
export { largeAccount } from './large-account.js';
