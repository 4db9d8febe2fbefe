/** FETCH: every collector, each recording raw responses into the snapshot. */
import { apiGatewayFetcher } from './apigateway.js';
import { cloudFrontFetcher } from './cloudfront.js';
import { cloudTrailFetcher } from './cloudtrail.js';
import { configFetcher } from './config.js';
import { dynamoDbFetcher } from './dynamodb.js';
import { ec2Fetcher } from './ec2.js';
import { efsFetcher } from './efs.js';
import { elbv2Fetcher } from './elbv2.js';
import { iamFetcher } from './iam.js';
import { kmsFetcher } from './kms.js';
import { logsFetcher } from './logs.js';
import { rdsFetcher } from './rds.js';
import { s3Fetcher } from './s3.js';
import { snsFetcher } from './sns.js';
import { sqsFetcher } from './sqs.js';
import type { Fetcher } from './types.js';
import { wafCloudFrontFetcher, wafRegionalFetcher } from './wafv2.js';

export const FETCHERS: readonly Fetcher[] = [
  iamFetcher,
  s3Fetcher,
  cloudFrontFetcher,
  wafCloudFrontFetcher,
  kmsFetcher,
  cloudTrailFetcher,
  wafRegionalFetcher,
  configFetcher,
  rdsFetcher,
  ec2Fetcher,
  elbv2Fetcher,
  apiGatewayFetcher,
  dynamoDbFetcher,
  efsFetcher,
  sqsFetcher,
  snsFetcher,
  logsFetcher,
];
