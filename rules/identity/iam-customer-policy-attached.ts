import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'iam-customer-policy-attached',
  title: 'Every customer-managed IAM policy is attached to something',
  severity: 'low',
  criteria: ['CC6.1', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-policy'],
  rationale:
    'An unused policy is permission nobody reviews until someone attaches it. Deleting unused policies keeps ' +
    'the policies an auditor reads the ones in force.',
  remediation: {
    summary: 'Delete the policy (all its versions first) or attach it where it was meant to be.',
    cli: 'aws iam delete-policy --policy-arn <arn>',
  },
  equivalents: {
    steampipe: ['iam_custom_policy_unused'],
  },
  evaluate(policy) {
    if (policy.kind !== 'customer-managed') return notApplicable(`${policy.kind} policy`);
    if (isUnknown(policy.attachmentCount)) return undetermined(policy.attachmentCount);
    return policy.attachmentCount > 0
      ? pass(`attached ${policy.attachmentCount} time(s)`, { attachmentCount: policy.attachmentCount })
      : fail('the policy is attached to no user, group or role', { attachmentCount: 0 });
  },
});
