/**
 * Every AWS API operation the live source can send, by SDK client package,
 * with the IAM action that allows it. The scanner policy is generated from
 * this table, and a test checks that the collectors send nothing outside it.
 */
export interface Operation {
  /** IAM action, e.g. `s3:GetEncryptionConfiguration` (IAM names differ from API names for S3). */
  iam: string;
  /** Resource ARNs when narrower than `*` (API Gateway authorizes reads by path). */
  resources?: string[];
}

export const OPERATIONS: Record<string, Record<string, Operation>> = {
  '@aws-sdk/client-sts': {
    // GetCallerIdentity needs no permission; it is listed so the table is complete.
    GetCallerIdentity: { iam: 'sts:GetCallerIdentity' },
  },
  '@aws-sdk/client-kms': {
    ListKeys: { iam: 'kms:ListKeys' },
    ListAliases: { iam: 'kms:ListAliases' },
    DescribeKey: { iam: 'kms:DescribeKey' },
    GetKeyRotationStatus: { iam: 'kms:GetKeyRotationStatus' },
  },
  '@aws-sdk/client-cloudtrail': {
    DescribeTrails: { iam: 'cloudtrail:DescribeTrails' },
    GetTrailStatus: { iam: 'cloudtrail:GetTrailStatus' },
    GetEventSelectors: { iam: 'cloudtrail:GetEventSelectors' },
  },
  '@aws-sdk/client-wafv2': {
    ListWebACLs: { iam: 'wafv2:ListWebACLs' },
    ListResourcesForWebACL: { iam: 'wafv2:ListResourcesForWebACL' },
  },
  '@aws-sdk/client-iam': {
    // Only asks IAM to build the credential report; it changes no setting or identity.
    GenerateCredentialReport: { iam: 'iam:GenerateCredentialReport' },
    GetCredentialReport: { iam: 'iam:GetCredentialReport' },
    GetAccountSummary: { iam: 'iam:GetAccountSummary' },
    GetAccountPasswordPolicy: { iam: 'iam:GetAccountPasswordPolicy' },
    ListUsers: { iam: 'iam:ListUsers' },
    ListMFADevices: { iam: 'iam:ListMFADevices' },
    ListAccessKeys: { iam: 'iam:ListAccessKeys' },
  },
  '@aws-sdk/client-config-service': {
    DescribeConfigurationRecorders: { iam: 'config:DescribeConfigurationRecorders' },
    DescribeConfigurationRecorderStatus: { iam: 'config:DescribeConfigurationRecorderStatus' },
  },
  '@aws-sdk/client-rds': {
    DescribeDBInstances: { iam: 'rds:DescribeDBInstances' },
    DescribeDBClusters: { iam: 'rds:DescribeDBClusters' },
    DescribeDBSubnetGroups: { iam: 'rds:DescribeDBSubnetGroups' },
  },
  '@aws-sdk/client-ec2': {
    DescribeRegions: { iam: 'ec2:DescribeRegions' },
    DescribeSubnets: { iam: 'ec2:DescribeSubnets' },
    DescribeRouteTables: { iam: 'ec2:DescribeRouteTables' },
    DescribeInternetGateways: { iam: 'ec2:DescribeInternetGateways' },
    DescribeVolumes: { iam: 'ec2:DescribeVolumes' },
    DescribeSecurityGroups: { iam: 'ec2:DescribeSecurityGroups' },
    GetManagedPrefixListEntries: { iam: 'ec2:GetManagedPrefixListEntries' },
    GetEbsEncryptionByDefault: { iam: 'ec2:GetEbsEncryptionByDefault' },
    GetEbsDefaultKmsKeyId: { iam: 'ec2:GetEbsDefaultKmsKeyId' },
  },
  '@aws-sdk/client-elastic-load-balancing-v2': {
    DescribeLoadBalancers: { iam: 'elasticloadbalancing:DescribeLoadBalancers' },
    DescribeListeners: { iam: 'elasticloadbalancing:DescribeListeners' },
    DescribeRules: { iam: 'elasticloadbalancing:DescribeRules' },
    DescribeSSLPolicies: { iam: 'elasticloadbalancing:DescribeSSLPolicies' },
  },
  '@aws-sdk/client-s3': {
    ListBuckets: { iam: 's3:ListAllMyBuckets' },
    GetBucketLocation: { iam: 's3:GetBucketLocation' },
    GetBucketEncryption: { iam: 's3:GetEncryptionConfiguration' },
    GetPublicAccessBlock: { iam: 's3:GetBucketPublicAccessBlock' },
    GetBucketPolicy: { iam: 's3:GetBucketPolicy' },
  },
  '@aws-sdk/client-cloudfront': {
    ListDistributions: { iam: 'cloudfront:ListDistributions' },
  },
  '@aws-sdk/client-api-gateway': {
    GetRestApis: { iam: 'apigateway:GET', resources: ['arn:aws:apigateway:*::/restapis'] },
    GetStages: { iam: 'apigateway:GET', resources: ['arn:aws:apigateway:*::/restapis/*/stages'] },
  },
  '@aws-sdk/client-dynamodb': {
    ListTables: { iam: 'dynamodb:ListTables' },
    DescribeTable: { iam: 'dynamodb:DescribeTable' },
  },
  '@aws-sdk/client-efs': {
    DescribeFileSystems: { iam: 'elasticfilesystem:DescribeFileSystems' },
  },
  '@aws-sdk/client-sqs': {
    ListQueues: { iam: 'sqs:ListQueues' },
    GetQueueAttributes: { iam: 'sqs:GetQueueAttributes' },
  },
  '@aws-sdk/client-sns': {
    ListTopics: { iam: 'sns:ListTopics' },
    GetTopicAttributes: { iam: 'sns:GetTopicAttributes' },
  },
  '@aws-sdk/client-cloudwatch-logs': {
    DescribeLogGroups: { iam: 'logs:DescribeLogGroups' },
  },
};
