/** Attachments (policies, schedules, memberships, ACL entries ...) that may not be deployed with what they attach to. */
import { unknown, type Unknown } from '../../../inventory/maybe.js';
import type { Origin } from '../../../inventory/model.js';
import type { TemplateResource } from './context.js';

/**
 * Why a resource that attaches to another (a policy, a schedule, a logging
 * configuration, a membership, an ACL entry ...) may not be deployed: its
 * Condition is undecided, or false with the default parameter values (it is
 * then checked as if it held). Such an attachment cannot make the resource it
 * attaches to compliant: the fact it would support becomes this Unknown. One
 * that would make it non-compliant still counts as a possible failure.
 * Undefined when it exists whenever `target` does: under the same condition
 * of the same stack, as a conditional bucket and its policy usually are.
 */
export function mayNotExist(attachment: TemplateResource, target: { origin: Origin }): Unknown | undefined {
  const { condition, conditionReason, stack } = attachment.origin;
  if (condition === undefined) return undefined;
  const sameCondition =
    target.origin.kind === 'template' &&
    target.origin.stack === stack &&
    target.origin.condition === condition &&
    target.origin.conditionReason === conditionReason;
  if (sameCondition) return undefined;
  return unknown(`${attachment.logicalId} exists only if condition ${condition} holds`);
}
