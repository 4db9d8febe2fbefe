/**
 * A KMS key policy written in a template. Key policies name the account root
 * with `!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root`, which a
 * template scan cannot resolve; it is read like a trust policy's principals
 * (policyReadingReferences): pseudo parameters and the template's resources
 * are never `*`, while a parameter without a value may be anything, so a
 * principal built from one leaves the key policy Unknown.
 */
import { unknown, type Maybe } from '../../../inventory/maybe.js';
import type { PolicyStatement } from '../../../inventory/model.js';
import { valueAt, type TemplateIndex, type TemplateResource } from './context.js';
import { policyReadingReferences } from './trust-policy.js';

export function keyPolicyStatements(
  resource: TemplateResource,
  index: TemplateIndex,
): Maybe<PolicyStatement[]> {
  const evaluated = valueAt(resource, 'KeyPolicy');
  // Without KeyPolicy, KMS gives the key its default policy: the account root, so IAM policies decide.
  if (evaluated === undefined || evaluated === null) return [];
  return (
    policyReadingReferences(resource, 'KeyPolicy', index) ??
    unknown(`${resource.logicalId}.KeyPolicy could not be read`)
  );
}
