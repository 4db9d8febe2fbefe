/** Every emulated service, keyed by SigV4 signing name, and the table of supported operations. */
import type { ServiceDefinition } from './service.js';
import { accountService } from './services/account-service.js';
import { apigateway } from './services/apigateway.js';
import { cloudfront } from './services/cloudfront.js';
import { cloudtrail } from './services/cloudtrail.js';
import { config } from './services/config.js';
import { dynamodb } from './services/dynamodb.js';
import { ec2 } from './services/ec2.js';
import { efs } from './services/efs.js';
import { elbv2 } from './services/elbv2.js';
import { iam } from './services/iam.js';
import { kms } from './services/kms.js';
import { logs } from './services/logs.js';
import { organizations } from './services/organizations.js';
import { rds } from './services/rds.js';
import { s3 } from './services/s3.js';
import { sns } from './services/sns.js';
import { sqs } from './services/sqs.js';
import { sts } from './services/sts.js';
import { wafv2 } from './services/wafv2.js';

const SERVICES: readonly ServiceDefinition[] = [
  sts,
  iam,
  rds,
  ec2,
  elbv2,
  sns,
  kms,
  cloudtrail,
  wafv2,
  config,
  dynamodb,
  logs,
  sqs,
  s3,
  cloudfront,
  apigateway,
  efs,
  accountService,
  organizations,
];

const BY_SIGNING_NAME = new Map(SERVICES.map((service) => [service.signingName, service]));

export function serviceBySigningName(name: string): ServiceDefinition | undefined {
  return BY_SIGNING_NAME.get(name);
}

/** `'service:Operation'` for every operation the server answers; anything else answers InvalidAction/UnknownOperationException. */
export const SUPPORTED_OPERATIONS: readonly string[] = SERVICES.flatMap((service) =>
  Object.keys(service.operations).map((op) => `${service.signingName}:${op}`),
);
