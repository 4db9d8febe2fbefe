/**
 * A template resource whose name or ARN is passed to a nested stack the scan did not read may get there
 * what CloudFormation attaches by separate resources (`ResourceBase.attachableElsewhere`). A verdict that
 * rests on "nothing more is attached" (no policy, no world-open rule, no public route, no public
 * permission) cannot stand on what was read; one the resource decides by itself is untouched.
 */
import { undetermined, type Outcome } from '../../src/engine/rule.js';
import { unknown, type Unknown } from '../../src/inventory/maybe.js';
import type { Resource } from '../../src/inventory/model.js';

/**
 * Why the resource may carry more than was read, naming what the unread stack may do to it
 * (`may ${what} there`); undefined when nothing was handed on.
 */
export function attachableElsewhere(resource: Resource, what: string): Unknown | undefined {
  if (resource.attachableElsewhere === undefined) return undefined;
  return unknown(`${resource.name ?? resource.id}: ${resource.attachableElsewhere}, and may ${what} there`);
}

/**
 * The verdict on a resource's `policy` (`bucket policy`, `queue policy` ...) when a nested stack the scan
 * did not read may set one on it. Such a policy replaces the one there (PutBucketPolicy, SetQueueAttributes
 * and their kin overwrite): a PASS on the policy read is not proven, and neither is a FAIL, which the
 * replacement may undo. UNKNOWN, telling what was read; an outcome already UNKNOWN stays as it is.
 */
export function policySetElsewhere(resource: Resource, outcome: Outcome, policy: string): Outcome {
  if (outcome.status === 'UNKNOWN') return outcome;
  const elsewhere = attachableElsewhere(resource, `set a ${policy} on it`);
  if (elsewhere === undefined) return outcome;
  return undetermined(`${elsewhere.reason}, replacing what was read (${outcome.message})`, outcome.evidence);
}
