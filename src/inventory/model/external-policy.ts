/**
 * A resource policy a template sets on a resource that is not in the scanned
 * templates (an existing bucket, queue, topic or secret, named by its name,
 * URL or ARN; the statement an AWS::Lambda::Permission adds to an existing
 * function's policy): template-only, as a live scan reads the policy on the resource itself.
 */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';
import type { PolicyStatement } from './policy.js';

/** The kind of resource the policy is set on. */
export type ExternalPolicyTargetKind =
  's3-bucket' | 'sqs-queue' | 'sns-topic' | 'secretsmanager-secret' | 'lambda-function';

export interface ExternalResourcePolicy extends ResourceBase<'external-resource-policy'> {
  targetKind: ExternalPolicyTargetKind;
  /**
   * Each target that is, or may be, outside the scanned templates, as written
   * (bucket name, queue URL, topic ARN, secret id, function name or ARN); Unknown when it is
   * unresolved (an import, a parameter without a value) and so may be either.
   */
  targets: Maybe<string>[];
  /** The statements of the policy document, read as for a target of the templates. */
  policyStatements: Maybe<PolicyStatement[]>;
}
