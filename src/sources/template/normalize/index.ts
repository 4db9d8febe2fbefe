/**
 * CloudFormation types -> the normalized model. Primary resources map one to
 * one; resources that only describe another one (routes, associations,
 * aliases, listener rules, ingress rules) are attached to it afterwards.
 */
import type { Resource, ResourceOf, ResourceType } from '../../../inventory/model.js';
import { attachRelations } from './attach.js';
import { blockDeviceVolumes, declaresVolumes } from './block-devices.js';
import { valueAt, type TemplateIndex, type TemplateResource } from './context.js';
import { kmsKey } from './kms.js';
import { applyPublicAccessDefaults, PUBLIC_DEFAULT_READS } from './public-default.js';
import { internetGateway, routeTable, securityGroup, subnet } from './network.js';
import {
  apiGatewayStage,
  cloudFrontDistribution,
  listener,
  loadBalancer,
  webAcl,
  webAclAssociation,
} from './edge.js';
import { cloudTrail } from './trail.js';
import { classicLoadBalancer } from './classic-elb.js';
import { apiGatewayV2Stage } from './api-gateway-v2.js';
import { logsResourcePolicy } from './logs.js';
import {
  clientVpnEndpoint,
  ec2Instance,
  launchConfiguration,
  launchTemplate,
  networkAcl,
  transitGateway,
} from './ec2.js';
import { backupPlan, backupSelection, backupVault } from './backup.js';
import { externalLambdaPermission, lambdaFunction } from './lambda.js';
import { ecrRepository, eksCluster, guardDutyDetector, securityHubHub, transferServer } from './exposure.js';
import {
  daxCluster,
  dmsEndpoint,
  dmsReplicationInstance,
  dmsReplicationTask,
  elastiCacheCacheCluster,
  elastiCacheReplicationGroup,
  kinesisStream,
  mskCluster,
  mskConnectConnector,
  openSearchDomain,
  redshiftCluster,
  sageMakerEndpointConfig,
  sageMakerNotebookInstance,
} from './analytics.js';
import { cloudWatchAlarm, metricFilter } from './monitoring.js';
import { mqBroker, networkFirewall, route53HostedZone } from './service-logging.js';
import {
  athenaWorkgroup,
  beanstalkEnvironment,
  dataSyncTask,
  ecsTaskDefinition,
  fsxFileSystem,
  glueJob,
  graphqlApi,
  stateMachine,
} from './workloads.js';
import { attachedAdministratorAccess, iamGroup, iamPolicy, iamRole, iamUser } from './iam.js';
import { SECRET_POLICY_TARGETS, secretsManagerSecret } from './secrets.js';
import { externalResourcePolicy } from './resource-policy.js';
import { codeBuildProject } from './codebuild.js';
import { emrCluster } from './emr.js';
import {
  dbCluster,
  dbInstance,
  dbSubnetGroup,
  dynamoDbTable,
  ebsVolume,
  efsFileSystem,
  logGroup,
  s3Bucket,
  snsTopic,
  sqsQueue,
  BUCKET_POLICY_TARGETS,
  QUEUE_POLICY_TARGETS,
  TOPIC_POLICY_TARGETS,
} from './storage.js';

type Normalizer<T extends ResourceType> = (
  resource: TemplateResource,
  index: TemplateIndex,
) => ResourceOf<T> | undefined;

/** A CloudFormation type, the normalized type it yields, and the function that maps one to the other. */
interface NormalizerDeclaration {
  cfnType: string;
  yields: ResourceType;
  normalize: (resource: TemplateResource, index: TemplateIndex) => Resource | undefined;
}

/** The compiler holds `normalize` to return the declared type: a declaration cannot lie about what it yields. */
function handles<T extends ResourceType>(
  cfnType: string,
  yields: T,
  normalize: Normalizer<NoInfer<T>>,
): NormalizerDeclaration {
  return { cfnType, yields, normalize };
}

/** The types that set a policy on a bucket, queue, topic or secret, of the templates or not. */
const POLICY_TARGETS = [
  BUCKET_POLICY_TARGETS,
  QUEUE_POLICY_TARGETS,
  TOPIC_POLICY_TARGETS,
  SECRET_POLICY_TARGETS,
];

/** A policy type -> the type of the targets of the templates it may set its policy on. */
const POLICY_TARGET_TYPES: ReadonlyMap<string, ResourceType> = new Map([
  ...POLICY_TARGETS.flatMap((targets) =>
    targets.attachments.map((attachment) => [attachment.cfnType, targets.kind] as const),
  ),
  // Read by the Lambda function normalizer too: who it lets invoke a function of the templates.
  ['AWS::Lambda::Permission', 'lambda-function'],
]);

/** Every primary CloudFormation type a template normalizer handles. The type lists below derive from it. */
export const TEMPLATE_NORMALIZERS: readonly NormalizerDeclaration[] = [
  handles('AWS::RDS::DBInstance', 'rds-db-instance', dbInstance),
  handles('AWS::RDS::DBCluster', 'rds-db-cluster', dbCluster),
  handles('AWS::RDS::DBSubnetGroup', 'rds-db-subnet-group', dbSubnetGroup),
  handles('AWS::EC2::Volume', 'ebs-volume', ebsVolume),
  handles('AWS::S3::Bucket', 's3-bucket', s3Bucket),
  handles('AWS::DynamoDB::Table', 'dynamodb-table', dynamoDbTable),
  handles('AWS::DynamoDB::GlobalTable', 'dynamodb-table', dynamoDbTable),
  handles('AWS::EFS::FileSystem', 'efs-file-system', efsFileSystem),
  handles('AWS::SQS::Queue', 'sqs-queue', sqsQueue),
  handles('AWS::SNS::Topic', 'sns-topic', snsTopic),
  handles('AWS::Logs::LogGroup', 'log-group', logGroup),
  handles('AWS::KMS::Key', 'kms-key', kmsKey),
  handles('AWS::EC2::Subnet', 'ec2-subnet', subnet),
  handles('AWS::EC2::RouteTable', 'ec2-route-table', routeTable),
  handles('AWS::EC2::InternetGateway', 'ec2-internet-gateway', internetGateway),
  handles('AWS::EC2::SecurityGroup', 'ec2-security-group', securityGroup),
  handles('AWS::ElasticLoadBalancingV2::LoadBalancer', 'elbv2-load-balancer', loadBalancer),
  handles('AWS::ElasticLoadBalancingV2::Listener', 'elbv2-listener', listener),
  handles('AWS::ElasticLoadBalancing::LoadBalancer', 'elb-classic-load-balancer', classicLoadBalancer),
  handles('AWS::ApiGatewayV2::Stage', 'apigatewayv2-stage', apiGatewayV2Stage),
  handles('AWS::CloudFront::Distribution', 'cloudfront-distribution', cloudFrontDistribution),
  handles('AWS::ApiGateway::Stage', 'apigateway-stage', apiGatewayStage),
  handles('AWS::ApiGateway::Deployment', 'apigateway-stage', (resource, index) =>
    valueAt(resource, 'StageName') === undefined ? undefined : apiGatewayStage(resource, index),
  ),
  handles('AWS::WAFv2::WebACL', 'wafv2-web-acl', webAcl),
  handles('AWS::WAFv2::WebACLAssociation', 'wafv2-web-acl-association', webAclAssociation),
  handles('AWS::CloudTrail::Trail', 'cloudtrail-trail', cloudTrail),
  handles('AWS::Logs::ResourcePolicy', 'logs-resource-policy', logsResourcePolicy),
  handles('AWS::EC2::Instance', 'ec2-instance', ec2Instance),
  handles('AWS::EC2::LaunchTemplate', 'ec2-launch-template', launchTemplate),
  // Its MetadataOptions and AssociatePublicIpAddress; its BlockDeviceMappings are EBS volumes too (block-devices.ts).
  handles('AWS::AutoScaling::LaunchConfiguration', 'ec2-launch-template', launchConfiguration),
  handles('AWS::EC2::TransitGateway', 'ec2-transit-gateway', transitGateway),
  handles('AWS::EC2::ClientVpnEndpoint', 'ec2-client-vpn-endpoint', clientVpnEndpoint),
  handles('AWS::EC2::NetworkAcl', 'ec2-network-acl', networkAcl),
  handles('AWS::Backup::BackupPlan', 'backup-plan', backupPlan),
  handles('AWS::Backup::BackupVault', 'backup-vault', backupVault),
  handles('AWS::Backup::BackupSelection', 'backup-selection', backupSelection),
  handles('AWS::Lambda::Function', 'lambda-function', lambdaFunction),
  handles('AWS::GuardDuty::Detector', 'guardduty-detector', guardDutyDetector),
  handles('AWS::SecurityHub::Hub', 'securityhub-hub', securityHubHub),
  handles('AWS::EKS::Cluster', 'eks-cluster', eksCluster),
  handles('AWS::ECR::Repository', 'ecr-repository', ecrRepository),
  handles('AWS::Transfer::Server', 'transfer-server', transferServer),
  handles('AWS::Redshift::Cluster', 'redshift-cluster', redshiftCluster),
  handles('AWS::OpenSearchService::Domain', 'opensearch-domain', openSearchDomain),
  handles('AWS::Elasticsearch::Domain', 'opensearch-domain', openSearchDomain),
  handles('AWS::Kinesis::Stream', 'kinesis-stream', kinesisStream),
  handles('AWS::ElastiCache::ReplicationGroup', 'elasticache-replication-group', elastiCacheReplicationGroup),
  handles('AWS::ElastiCache::CacheCluster', 'elasticache-cache-cluster', elastiCacheCacheCluster),
  handles('AWS::DAX::Cluster', 'dax-cluster', daxCluster),
  handles('AWS::DMS::Endpoint', 'dms-endpoint', dmsEndpoint),
  handles('AWS::DMS::ReplicationInstance', 'dms-replication-instance', dmsReplicationInstance),
  handles('AWS::DMS::ReplicationTask', 'dms-replication-task', dmsReplicationTask),
  handles('AWS::MSK::Cluster', 'msk-cluster', mskCluster),
  handles('AWS::KafkaConnect::Connector', 'msk-connect-connector', mskConnectConnector),
  handles('AWS::SageMaker::NotebookInstance', 'sagemaker-notebook-instance', sageMakerNotebookInstance),
  handles('AWS::SageMaker::EndpointConfig', 'sagemaker-endpoint-config', sageMakerEndpointConfig),
  handles('AWS::EMR::Cluster', 'emr-cluster', emrCluster),
  handles('AWS::Logs::MetricFilter', 'log-metric-filter', metricFilter),
  handles('AWS::CloudWatch::Alarm', 'cloudwatch-alarm', cloudWatchAlarm),
  handles('AWS::AmazonMQ::Broker', 'mq-broker', mqBroker),
  handles('AWS::NetworkFirewall::Firewall', 'networkfirewall-firewall', networkFirewall),
  handles('AWS::Route53::HostedZone', 'route53-hosted-zone', route53HostedZone),
  handles('AWS::Glue::Job', 'glue-job', glueJob),
  handles('AWS::StepFunctions::StateMachine', 'sfn-state-machine', stateMachine),
  handles('AWS::AppSync::GraphQLApi', 'appsync-graphql-api', graphqlApi),
  handles('AWS::Athena::WorkGroup', 'athena-workgroup', athenaWorkgroup),
  handles('AWS::DataSync::Task', 'datasync-task', dataSyncTask),
  handles('AWS::ECS::TaskDefinition', 'ecs-task-definition', ecsTaskDefinition),
  handles('AWS::ElasticBeanstalk::Environment', 'elasticbeanstalk-environment', beanstalkEnvironment),
  handles('AWS::FSx::FileSystem', 'fsx-file-system', fsxFileSystem),
  handles('AWS::IAM::Role', 'iam-role', iamRole),
  handles('AWS::IAM::User', 'iam-user', iamUser),
  handles('AWS::IAM::Group', 'iam-group', iamGroup),
  handles('AWS::IAM::ManagedPolicy', 'iam-policy', iamPolicy),
  handles('AWS::IAM::Policy', 'iam-policy', iamPolicy),
  handles('AWS::IAM::RolePolicy', 'iam-policy', iamPolicy),
  handles('AWS::IAM::UserPolicy', 'iam-policy', iamPolicy),
  handles('AWS::IAM::GroupPolicy', 'iam-policy', iamPolicy),
  handles('AWS::SecretsManager::Secret', 'secretsmanager-secret', secretsManagerSecret),
  handles('AWS::CodeBuild::Project', 'codebuild-project', codeBuildProject),
  // Policies on resources outside the templates; one on a resource of the templates is read by that
  // resource's normalizer (a bucket's by attach.ts, the others' by resource-policy.ts) and yields nothing here.
  ...POLICY_TARGETS.flatMap((targets) =>
    targets.attachments.map((attachment) =>
      handles(attachment.cfnType, 'external-resource-policy', (resource, index) =>
        externalResourcePolicy(resource, index, targets),
      ),
    ),
  ),
  // A permission on a function of the templates is read by lambdaFunction and yields nothing here.
  handles('AWS::Lambda::Permission', 'external-resource-policy', externalLambdaPermission),
];

/**
 * CloudFormation types that yield no resource of their own but change others
 * (`attach.ts`, or read by a normalizer through the template index). Their
 * properties are evaluated like a primary type's: one left off would
 * silently do nothing, which the coherence test guards against.
 */
export const TEMPLATE_ATTACHMENTS: ReadonlySet<string> = new Set([
  // Its implicit main route table; its id tells a template VPC from an imported one (public defaults).
  'AWS::EC2::VPC',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::KMS::Alias',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
  // A stage's endpoint types are its API's.
  'AWS::ApiGateway::RestApi',
  // Read by the bucket normalizer: CDK's bucket notifications (normalize/s3.ts).
  'Custom::S3BucketNotifications',
  // Read through the security-group rules that name it.
  'AWS::EC2::PrefixList',
  // Read by the AWS::EC2::NetworkAcl it names.
  'AWS::EC2::NetworkAclEntry',
  // Read by the web ACL it names (waf.ts).
  'AWS::WAFv2::LoggingConfiguration',
  // Read by the IAM roles that trust it: its Url names the provider (trust-policy.ts).
  'AWS::IAM::OIDCProvider',
  // Read by the Lambda function normalizer: a permission on an alias or version is one on their function.
  'AWS::Lambda::Alias',
  'AWS::Lambda::Version',
  // Its require_ssl parameter is read through the clusters that name it.
  'AWS::Redshift::ClusterParameterGroup',
  // Its Kerberos authentication is read through the EMR clusters that name it.
  'AWS::EMR::SecurityConfiguration',
  // Read by the firewall it names.
  'AWS::NetworkFirewall::LoggingConfiguration',
  // A Glue job's encryption is its security configuration's (read by the job normalizer).
  'AWS::Glue::SecurityConfiguration',
  // An environment's options may come from its configuration template.
  'AWS::ElasticBeanstalk::ConfigurationTemplate',
  // Adds users to a group: read by the user and group normalizers.
  'AWS::IAM::UserToGroupAddition',
  // Turns rotation on for the secret it names.
  'AWS::SecretsManager::RotationSchedule',
  // Their TLS parameters (rds.force_ssl, require_secure_transport) are read through the databases that name them.
  'AWS::RDS::DBParameterGroup',
  'AWS::RDS::DBClusterParameterGroup',
  // Read by the topic it names: whether its alarms reach anyone (sns.ts).
  'AWS::SNS::Subscription',
  // Its Ref is the ARN of the secret it names, which CDK's resource policies use (resource-policy.ts).
  'AWS::SecretsManager::SecretTargetAttachment',
]);

const NORMALIZERS = new Map(TEMPLATE_NORMALIZERS.map((declared) => [declared.cfnType, declared]));

/** Normalized types a template can produce (a nested stack that was not read is a gap in each). */
export const NORMALIZED_TYPES: ResourceType[] = [
  ...new Set(TEMPLATE_NORMALIZERS.map((declared) => declared.yields)),
];

/**
 * The normalized types a CloudFormation type yields or changes: a primary type's own, the EBS volumes
 * its block device mappings declare, and for a policy the targets it may set its policy on (one not
 * expanded may be a bucket's or queue's policy); empty for attachments and types not read.
 */
export function normalizedTypesOf(cfnType: string): ResourceType[] {
  const primary = NORMALIZERS.get(cfnType)?.yields;
  const types: ResourceType[] = primary === undefined ? [] : [primary];
  if (declaresVolumes(cfnType)) types.push('ebs-volume');
  const target = POLICY_TARGET_TYPES.get(cfnType);
  if (target !== undefined) types.push(target);
  return types;
}

/** Whether the loader needs the evaluated properties of this CloudFormation type. */
export function readsProperties(cfnType: string): boolean {
  return NORMALIZERS.has(cfnType) || TEMPLATE_ATTACHMENTS.has(cfnType);
}

/**
 * What to normalize for a scan whose rules apply to or read `wanted` (their
 * `appliesTo` and `reads`): those types and what their facts are decided from.
 */
export function typesToNormalize(wanted: ReadonlySet<ResourceType>): Set<ResourceType> {
  const types = new Set(wanted);
  for (const type of wanted) for (const deciding of PUBLIC_DEFAULT_READS[type] ?? []) types.add(deciding);
  return types;
}

/**
 * `types`: only resources of these are normalized (typesToNormalize); every
 * type when undefined. Normalizers read the raw template, never each other's
 * output, and the relations attached afterwards land on resources of their
 * own type: a resource comes out the same either way
 * (test/sources/template/wanted-types.test.ts).
 */
export function normalizeResources(
  resources: readonly TemplateResource[],
  types?: ReadonlySet<ResourceType>,
): Resource[] {
  const index: TemplateIndex = new Map(resources.map((resource) => [resource.id, resource]));
  const normalized: Resource[] = [];
  for (const resource of resources) {
    const declared = NORMALIZERS.get(resource.cfnType);
    if (declared === undefined || (types !== undefined && !types.has(declared.yields))) continue;
    const result = declared.normalize(resource, index);
    if (result === undefined) continue;
    // A nested stack the scan did not read may attach to it (rules/lib/attachable-elsewhere.ts).
    if (resource.handedToUnreadStack !== undefined) result.attachableElsewhere = resource.handedToUnreadStack;
    normalized.push(result);
  }
  if (types === undefined || types.has('iam-policy'))
    normalized.push(...attachedAdministratorAccess(resources));
  // Volumes declared in instances, launch templates and launch configurations (their BlockDeviceMappings).
  if (types === undefined || types.has('ebs-volume'))
    normalized.push(...blockDeviceVolumes(resources, index));
  const related = attachRelations(normalized, resources, index);
  applyPublicAccessDefaults(related.resources, index, related.unresolvedGateways);
  return related.resources;
}
