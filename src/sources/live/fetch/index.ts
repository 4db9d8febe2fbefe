/** FETCH: every collector, each recording raw responses into the snapshot. */
import { apiGatewayFetcher } from '../services/apigateway/fetch.js';
import { cloudFrontFetcher } from '../services/cloudfront/fetch.js';
import { cloudTrailFetcher } from '../services/cloudtrail/fetch.js';
import { configFetcher } from '../services/config/fetch.js';
import { dynamoDbFetcher } from '../services/dynamodb/fetch.js';
import { ec2Fetcher } from '../services/ec2/fetch.js';
import { efsFetcher } from '../services/efs/fetch.js';
import { elbv2Fetcher } from '../services/elbv2/fetch.js';
import { iamFetcher } from '../services/iam/fetch.js';
import { kmsFetcher } from '../services/kms/fetch.js';
import { logsFetcher } from '../services/logs/fetch.js';
import { rdsFetcher } from '../services/rds/fetch.js';
import { s3Fetcher } from '../services/s3/fetch.js';
import { snsFetcher } from '../services/sns/fetch.js';
import { sqsFetcher } from '../services/sqs/fetch.js';
import type { Fetcher } from './types.js';
import { wafCloudFrontFetcher, wafRegionalFetcher } from '../services/wafv2/fetch.js';

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
