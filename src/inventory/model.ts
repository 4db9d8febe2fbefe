/**
 * The normalized resource model. Every source (templates, live AWS, snapshots)
 * produces these shapes, so a rule is written once and runs on all of them.
 * It models AWS concepts (a subnet's route table, a key's manager), not
 * CloudFormation syntax. Facts a source could not establish are `Unknown`.
 */
import type { CloudTrailTrail, ConfigRecorder } from './model/logging.js';
import type { LogsResourcePolicy } from './model/logs-policy.js';
import type { ExternalResourcePolicy } from './model/external-policy.js';
import type { ClassicLoadBalancer } from './model/classic-elb.js';
import type { ApiGatewayV2Stage } from './model/api-gateway-v2.js';
import type {
  RedshiftCluster,
  OpenSearchDomain,
  KinesisStream,
  ElastiCacheReplicationGroup,
  ElastiCacheCacheCluster,
  DaxCluster,
  DmsEndpoint,
  DmsReplicationInstance,
  DmsReplicationTask,
  MskCluster,
  MskConnectConnector,
  SageMakerNotebookInstance,
  SageMakerEndpointConfig,
} from './model/analytics.js';
import type { CloudWatchAlarm, LogMetricFilter } from './model/monitoring.js';
import type { MqBroker, NetworkFirewall, Route53HostedZone } from './model/service-logging.js';
import type {
  Ec2Instance,
  LaunchTemplate,
  EbsSnapshot,
  Ec2Image,
  NetworkAcl,
  ElasticIp,
  TransitGateway,
  ClientVpnEndpoint,
  Vpc,
  SsmManagedInstance,
} from './model/ec2.js';
import type { AwsAccount, IamUser } from './model/identity.js';
import type { EmrCluster } from './model/emr.js';
import type { IamGroup, IamPolicy, IamRole } from './model/iam.js';
import type { SecretsManagerSecret } from './model/secrets.js';
import type { CodeBuildProject } from './model/codebuild.js';
import type { AccessAnalyzerRegion } from './model/access-analyzer.js';
import type {
  ApiGatewayStage,
  CloudFrontDistribution,
  Listener,
  LoadBalancer,
  SslPolicy,
  WebAcl,
  WebAclAssociation,
} from './model/edge.js';
import type {
  Ec2RegionSettings,
  InternetGateway,
  RouteTable,
  SecurityGroup,
  Subnet,
} from './model/network.js';
import type {
  DbCluster,
  DbInstance,
  DbSubnetGroup,
  DynamoDbTable,
  EbsVolume,
  EfsFileSystem,
  KmsKey,
  LogGroup,
  S3Bucket,
  SnsTopic,
  SqsQueue,
} from './model/storage.js';
import type { DbSnapshot } from './model/database.js';
import type {
  BackupPlan,
  BackupProtectedResource,
  BackupRecoveryPoint,
  BackupSelection,
  BackupVault,
} from './model/backup.js';
import type { LambdaFunction } from './model/lambda.js';
import type { GuardDutyDetector, SecurityHubHub } from './model/detection.js';
import type { AcmCertificate } from './model/certificates.js';
import type { EcrRepository, EksCluster } from './model/containers.js';
import type { TransferServer } from './model/transfer.js';
import type {
  GlueJob,
  StepFunctionsStateMachine,
  AppSyncGraphqlApi,
  AthenaWorkgroup,
  BedrockRegionSettings,
  DataSyncTask,
  EcsTaskDefinition,
  ElasticBeanstalkEnvironment,
  FsxFileSystem,
} from './model/workloads.js';

// One file per domain; importers keep importing from here.
export type * from './model/base.js';
export type * from './model/storage.js';
export type * from './model/database.js';
export type * from './model/load-balancing.js';
export type * from './model/api-gateway.js';
export type * from './model/api-gateway-v2.js';
export type * from './model/classic-elb.js';
export type * from './model/cdn.js';
export type * from './model/waf.js';
export type * from './model/network.js';
export type * from './model/ec2.js';
export type * from './model/edge.js';
export type * from './model/logging.js';
export type * from './model/logs-policy.js';
export type * from './model/external-policy.js';
export type * from './model/monitoring.js';
export type * from './model/service-logging.js';
export type * from './model/identity.js';
export type * from './model/backup.js';
export type * from './model/lambda.js';
export type * from './model/policy.js';
export type * from './model/detection.js';
export type * from './model/certificates.js';
export type * from './model/containers.js';
export type * from './model/transfer.js';
export type * from './model/analytics.js';
export type * from './model/iam.js';
export type * from './model/secrets.js';
export type * from './model/codebuild.js';
export type * from './model/access-analyzer.js';
export type * from './model/workloads.js';
export type * from './model/emr.js';

export type Resource =
  | LogsResourcePolicy
  | ExternalResourcePolicy
  | RedshiftCluster
  | OpenSearchDomain
  | KinesisStream
  | ElastiCacheReplicationGroup
  | ElastiCacheCacheCluster
  | DaxCluster
  | DmsEndpoint
  | DmsReplicationInstance
  | DmsReplicationTask
  | MskCluster
  | MskConnectConnector
  | SageMakerNotebookInstance
  | SageMakerEndpointConfig
  | LogMetricFilter
  | CloudWatchAlarm
  | MqBroker
  | NetworkFirewall
  | Route53HostedZone
  | DbInstance
  | DbCluster
  | DbSubnetGroup
  | DbSnapshot
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
  | ClassicLoadBalancer
  | Listener
  | SslPolicy
  | CloudFrontDistribution
  | ApiGatewayStage
  | ApiGatewayV2Stage
  | WebAcl
  | WebAclAssociation
  | CloudTrailTrail
  | ConfigRecorder
  | AwsAccount
  | IamUser
  | IamRole
  | IamGroup
  | IamPolicy
  | SecretsManagerSecret
  | CodeBuildProject
  | AccessAnalyzerRegion
  | Ec2Instance
  | LaunchTemplate
  | EbsSnapshot
  | Ec2Image
  | NetworkAcl
  | ElasticIp
  | TransitGateway
  | ClientVpnEndpoint
  | Vpc
  | SsmManagedInstance
  | GlueJob
  | StepFunctionsStateMachine
  | AppSyncGraphqlApi
  | AthenaWorkgroup
  | BedrockRegionSettings
  | DataSyncTask
  | EcsTaskDefinition
  | ElasticBeanstalkEnvironment
  | FsxFileSystem
  | BackupPlan
  | BackupVault
  | BackupRecoveryPoint
  | BackupSelection
  | BackupProtectedResource
  | LambdaFunction
  | GuardDutyDetector
  | SecurityHubHub
  | AcmCertificate
  | EksCluster
  | EcrRepository
  | TransferServer
  | EmrCluster;

export type ResourceType = Resource['type'];
export type ResourceOf<T extends ResourceType> = Extract<Resource, { type: T }>;

/** Every type, at run time (custom rules name them); the Record makes a new type a compile error until listed. */
const RESOURCE_TYPE_SET: Record<ResourceType, true> = {
  'logs-resource-policy': true,
  'external-resource-policy': true,
  'redshift-cluster': true,
  'opensearch-domain': true,
  'kinesis-stream': true,
  'elasticache-replication-group': true,
  'elasticache-cache-cluster': true,
  'dax-cluster': true,
  'dms-endpoint': true,
  'dms-replication-instance': true,
  'dms-replication-task': true,
  'msk-cluster': true,
  'msk-connect-connector': true,
  'sagemaker-notebook-instance': true,
  'sagemaker-endpoint-config': true,
  'log-metric-filter': true,
  'cloudwatch-alarm': true,
  'mq-broker': true,
  'networkfirewall-firewall': true,
  'route53-hosted-zone': true,
  'rds-db-instance': true,
  'rds-db-cluster': true,
  'rds-db-subnet-group': true,
  'rds-db-snapshot': true,
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
  'elb-classic-load-balancer': true,
  'elbv2-listener': true,
  'elbv2-ssl-policy': true,
  'cloudfront-distribution': true,
  'apigateway-stage': true,
  'apigatewayv2-stage': true,
  'wafv2-web-acl': true,
  'wafv2-web-acl-association': true,
  'cloudtrail-trail': true,
  'config-recorder': true,
  'aws-account': true,
  'iam-user': true,
  'iam-role': true,
  'iam-group': true,
  'iam-policy': true,
  'secretsmanager-secret': true,
  'codebuild-project': true,
  'accessanalyzer-region': true,
  'ec2-instance': true,
  'ec2-launch-template': true,
  'ebs-snapshot': true,
  'ec2-image': true,
  'ec2-network-acl': true,
  'ec2-elastic-ip': true,
  'ec2-transit-gateway': true,
  'ec2-client-vpn-endpoint': true,
  'ec2-vpc': true,
  'ssm-managed-instance': true,
  'glue-job': true,
  'sfn-state-machine': true,
  'appsync-graphql-api': true,
  'athena-workgroup': true,
  'bedrock-region-settings': true,
  'datasync-task': true,
  'ecs-task-definition': true,
  'elasticbeanstalk-environment': true,
  'fsx-file-system': true,
  'backup-plan': true,
  'backup-vault': true,
  'backup-recovery-point': true,
  'backup-selection': true,
  'backup-protected-resource': true,
  'lambda-function': true,
  'guardduty-detector': true,
  'securityhub-hub': true,
  'acm-certificate': true,
  'eks-cluster': true,
  'ecr-repository': true,
  'transfer-server': true,
  'emr-cluster': true,
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
  'elasticache-replication-group',
  'elasticache-cache-cluster',
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
