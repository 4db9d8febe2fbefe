/**
 * What the security-hub interchange formats (OCSF, ASFF) share: a stable id per
 * rule and resource, where a finding lives (account, region, partition), and
 * text cut to a field's documented maximum.
 */
import { hash } from 'node:crypto';
import type { Finding, FindingResource, ScanResult } from '../engine/finding.js';

/** The ASFF resource type of each normalized type; "Other" where Security Hub has no type for it. */
const ASFF_RESOURCE_TYPES: Record<string, string> = {
  'rds-db-instance': 'AwsRdsDbInstance',
  'rds-db-cluster': 'AwsRdsDbCluster',
  'ebs-volume': 'AwsEc2Volume',
  's3-bucket': 'AwsS3Bucket',
  'dynamodb-table': 'AwsDynamoDbTable',
  'sqs-queue': 'AwsSqsQueue',
  'sns-topic': 'AwsSnsTopic',
  'kms-key': 'AwsKmsKey',
  'ec2-subnet': 'AwsEc2Subnet',
  'ec2-route-table': 'AwsEc2RouteTable',
  'ec2-security-group': 'AwsEc2SecurityGroup',
  'elbv2-load-balancer': 'AwsElbv2LoadBalancer',
  'cloudfront-distribution': 'AwsCloudFrontDistribution',
  'apigateway-stage': 'AwsApiGatewayStage',
  'wafv2-web-acl': 'AwsWafv2WebAcl',
  'cloudtrail-trail': 'AwsCloudTrailTrail',
  'iam-user': 'AwsIamUser',
  'aws-account': 'AwsAccount',
};

export function asffResourceType(resource: FindingResource): string {
  return ASFF_RESOURCE_TYPES[resource.type] ?? 'Other';
}

/** Same rule, resource, account and region: same id, run after run, so re-imports update instead of duplicating. */
export function findingUid(finding: Finding, toolName: string): string {
  const { account, region, id } = finding.resource;
  const key = [finding.ruleId, account ?? '', region ?? '', id].join('\u0000');
  return `${toolName}/${finding.ruleId}/${hash('sha256', key).slice(0, 32)}`;
}

const ACCOUNT_ID = /^\d{12}$/;

/** The finding's account; a template scan knows one only when its stacks name a single one (CDK env). */
export function accountOf(finding: Finding, scan: ScanResult['scan']): string | undefined {
  const candidate = finding.resource.account ?? (scan.accounts?.length === 1 ? scan.accounts[0] : undefined);
  return candidate !== undefined && ACCOUNT_ID.test(candidate) ? candidate : undefined;
}

export function regionOf(finding: Finding, scan: ScanResult['scan']): string | undefined {
  return finding.resource.region ?? (scan.regions?.length === 1 ? scan.regions[0] : undefined);
}

export function partitionOf(finding: Finding, region: string | undefined): string {
  const fromArn = /^arn:(aws[a-z-]*):/.exec(finding.resource.arn ?? finding.resource.id)?.[1];
  if (fromArn) return fromArn;
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/**
 * At most `max` UTF-16 code units (the stricter reading of an API's "length"),
 * never splitting a surrogate pair, ending in an ellipsis when cut.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}

/** The remediation a reader acts on: the summary, then the CloudFormation and CDK changes when the rule gives them. */
export function remediationText(rule: {
  remediation: { summary: string; cloudformation?: string; cdk?: string };
}): string {
  const { summary, cloudformation, cdk } = rule.remediation;
  return [summary, cloudformation ? `CloudFormation: ${cloudformation}` : '', cdk ? `CDK: ${cdk}` : '']
    .filter((part) => part !== '')
    .join(' ');
}
