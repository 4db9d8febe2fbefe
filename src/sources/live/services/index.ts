/**
 * Every live service, one line per folder: a static list, so the bundled CLI
 * holds them all. `catalog.ts` checks that each is named after its folder, and
 * the catalog test that every folder has its line.
 */
import type { LiveService } from '../service.js';
import { service as accessanalyzer } from './accessanalyzer/index.js';
import { service as account } from './account/index.js';
import { service as acm } from './acm/index.js';
import { service as apigateway } from './apigateway/index.js';
import { service as apigatewayv2 } from './apigatewayv2/index.js';
import { service as appsync } from './appsync/index.js';
import { service as athena } from './athena/index.js';
import { service as backup } from './backup/index.js';
import { service as bedrock } from './bedrock/index.js';
import { service as cloudfront } from './cloudfront/index.js';
import { service as cloudtrail } from './cloudtrail/index.js';
import { service as cloudwatch } from './cloudwatch/index.js';
import { service as codebuild } from './codebuild/index.js';
import { service as config } from './config/index.js';
import { service as datasync } from './datasync/index.js';
import { service as dax } from './dax/index.js';
import { service as dms } from './dms/index.js';
import { service as dynamodb } from './dynamodb/index.js';
import { service as ec2 } from './ec2/index.js';
import { service as ecr } from './ecr/index.js';
import { service as ecs } from './ecs/index.js';
import { service as efs } from './efs/index.js';
import { service as eks } from './eks/index.js';
import { service as elasticache } from './elasticache/index.js';
import { service as elasticbeanstalk } from './elasticbeanstalk/index.js';
import { service as elb } from './elb/index.js';
import { service as elbv2 } from './elbv2/index.js';
import { service as emr } from './emr/index.js';
import { service as fsx } from './fsx/index.js';
import { service as glue } from './glue/index.js';
import { service as guardduty } from './guardduty/index.js';
import { service as iam } from './iam/index.js';
import { service as kafka } from './kafka/index.js';
import { service as kafkaconnect } from './kafkaconnect/index.js';
import { service as kinesis } from './kinesis/index.js';
import { service as kms } from './kms/index.js';
import { service as lambda } from './lambda/index.js';
import { service as logs } from './logs/index.js';
import { service as mq } from './mq/index.js';
import { service as networkfirewall } from './networkfirewall/index.js';
import { service as opensearch } from './opensearch/index.js';
import { service as organizations } from './organizations/index.js';
import { service as rds } from './rds/index.js';
import { service as redshift } from './redshift/index.js';
import { service as route53 } from './route53/index.js';
import { service as s3 } from './s3/index.js';
import { service as sagemaker } from './sagemaker/index.js';
import { service as secretsmanager } from './secretsmanager/index.js';
import { service as securityhub } from './securityhub/index.js';
import { service as sfn } from './sfn/index.js';
import { service as sns } from './sns/index.js';
import { service as sqs } from './sqs/index.js';
import { service as ssm } from './ssm/index.js';
import { service as transfer } from './transfer/index.js';
import { service as wafv2 } from './wafv2/index.js';

/** By folder name. */
export const SERVICES: Readonly<Record<string, LiveService>> = {
  accessanalyzer,
  account,
  acm,
  apigateway,
  apigatewayv2,
  appsync,
  athena,
  backup,
  bedrock,
  cloudfront,
  cloudtrail,
  cloudwatch,
  codebuild,
  config,
  datasync,
  dax,
  dms,
  dynamodb,
  ec2,
  ecr,
  ecs,
  efs,
  eks,
  elasticache,
  elasticbeanstalk,
  elb,
  elbv2,
  emr,
  fsx,
  glue,
  guardduty,
  iam,
  kafka,
  kafkaconnect,
  kinesis,
  kms,
  lambda,
  logs,
  mq,
  networkfirewall,
  opensearch,
  organizations,
  rds,
  redshift,
  route53,
  s3,
  sagemaker,
  secretsmanager,
  securityhub,
  sfn,
  sns,
  sqs,
  ssm,
  transfer,
  wafv2,
};
