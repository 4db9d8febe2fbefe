/**
 * CloudFormation types -> the normalized model. Primary resources map one to
 * one; resources that only describe another one (routes, associations,
 * aliases, listener rules, ingress rules) are attached to it afterwards.
 */
import type { Resource, ResourceType } from '../../../inventory/model.js';
import { attachRelations, ATTACHMENT_TYPES } from './attach.js';
import { valueAt, type TemplateIndex, type TemplateResource } from './context.js';
import { kmsKey } from './kms.js';
import { applyPublicAccessDefaults } from './public-default.js';
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
} from './storage.js';

type Normalizer = (resource: TemplateResource, index: TemplateIndex) => Resource | undefined;

const NORMALIZERS: Record<string, Normalizer> = {
  'AWS::RDS::DBInstance': dbInstance,
  'AWS::RDS::DBCluster': dbCluster,
  'AWS::RDS::DBSubnetGroup': dbSubnetGroup,
  'AWS::EC2::Volume': ebsVolume,
  'AWS::S3::Bucket': s3Bucket,
  'AWS::DynamoDB::Table': dynamoDbTable,
  'AWS::DynamoDB::GlobalTable': dynamoDbTable,
  'AWS::EFS::FileSystem': efsFileSystem,
  'AWS::SQS::Queue': sqsQueue,
  'AWS::SNS::Topic': snsTopic,
  'AWS::Logs::LogGroup': logGroup,
  'AWS::KMS::Key': kmsKey,
  'AWS::EC2::Subnet': subnet,
  'AWS::EC2::RouteTable': routeTable,
  'AWS::EC2::InternetGateway': internetGateway,
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::ElasticLoadBalancingV2::LoadBalancer': loadBalancer,
  'AWS::ElasticLoadBalancingV2::Listener': listener,
  'AWS::CloudFront::Distribution': cloudFrontDistribution,
  'AWS::ApiGateway::Stage': apiGatewayStage,
  'AWS::ApiGateway::Deployment': (resource, index) =>
    valueAt(resource, 'StageName') === undefined ? undefined : apiGatewayStage(resource, index),
  'AWS::WAFv2::WebACL': webAcl,
  'AWS::WAFv2::WebACLAssociation': webAclAssociation,
  'AWS::CloudTrail::Trail': cloudTrail,
};

/** Normalized types a template can produce (a nested stack that was not read is a gap in each). */
export const NORMALIZED_TYPES: ResourceType[] = [
  'rds-db-instance',
  'rds-db-cluster',
  'rds-db-subnet-group',
  'ebs-volume',
  's3-bucket',
  'dynamodb-table',
  'efs-file-system',
  'sqs-queue',
  'sns-topic',
  'log-group',
  'kms-key',
  'ec2-subnet',
  'ec2-route-table',
  'ec2-internet-gateway',
  'ec2-security-group',
  'elbv2-load-balancer',
  'elbv2-listener',
  'cloudfront-distribution',
  'apigateway-stage',
  'wafv2-web-acl',
  'wafv2-web-acl-association',
  'cloudtrail-trail',
];

/** Whether the loader needs the evaluated properties of this CloudFormation type. */
export function readsProperties(cfnType: string): boolean {
  return Object.hasOwn(NORMALIZERS, cfnType) || ATTACHMENT_TYPES.has(cfnType);
}

export function normalizeResources(resources: readonly TemplateResource[]): Resource[] {
  const index: TemplateIndex = new Map(resources.map((resource) => [resource.id, resource]));
  const normalized: Resource[] = [];
  for (const resource of resources) {
    // A type such as `constructor` is data: only the table's own entries are normalizers.
    const normalizer = Object.hasOwn(NORMALIZERS, resource.cfnType)
      ? NORMALIZERS[resource.cfnType]
      : undefined;
    const result = normalizer?.(resource, index);
    if (result) normalized.push(result);
  }
  const related = attachRelations(normalized, resources, index);
  applyPublicAccessDefaults(related.resources, index, related.unresolvedGateways);
  return related.resources;
}
