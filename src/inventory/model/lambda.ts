/** Lambda functions and who may invoke them. */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

export interface LambdaFunction extends ResourceBase<'lambda-function'> {
  /** Resource-based policy statements (AWS::Lambda::Permission in templates, GetPolicy live); [] when none. */
  policyStatements: Maybe<PolicyStatement[]>;
  /** Attached to subnets of a VPC (VpcConfig.SubnetIds not empty). */
  inVpc: Maybe<boolean>;
  /** DeadLetterConfig.TargetArn; undefined: no dead-letter queue. */
  deadLetterTargetArn: Maybe<string | undefined>;
  /** Reserved concurrent executions; undefined: none reserved (the function shares the account's pool). */
  reservedConcurrency: Maybe<number | undefined>;
}
