import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { principalAttachableElsewhere, PRINCIPAL_TYPES, principalField } from '../lib/iam-policies.js';

export default defineRule({
  id: 'iam-no-inline-policies',
  title: 'IAM users, groups and roles have no inline policies',
  severity: 'low',
  criteria: ['CC6.1', 'CC6.3'],
  family: 'identity',
  appliesTo: PRINCIPAL_TYPES,
  rationale:
    'An inline policy lives and dies with one principal: it is not versioned, cannot be reused or reviewed in ' +
    'one place, and is easy to miss in an access review. Managed policies are versioned and listed with their attachments.',
  remediation: {
    summary: 'Turn each inline policy into a customer-managed policy, attach it, and delete the inline one.',
    cloudformation:
      'Replace Policies (or AWS::IAM::Policy) with an AWS::IAM::ManagedPolicy listed in ManagedPolicyArns',
    cdk: 'new iam.ManagedPolicy(this, ..., { statements }) and role.addManagedPolicy(...) instead of addToPolicy',
    cli: 'aws iam create-policy ...; aws iam attach-role-policy ...; aws iam delete-role-policy ...',
  },
  equivalents: {
    steampipe: ['iam_group_user_role_no_inline_policies'],
  },
  evaluate(principal) {
    const inline = principalField(principal.inlinePolicies, 'inline policies', principal);
    if (isUnknown(inline)) return undetermined(inline);
    const names = inline.map((policy) => policy.name);
    if (names.length > 0) return fail(`inline policies: ${names.join(', ')}`, { inlinePolicies: names });
    const elsewhere = principalAttachableElsewhere(principal);
    return elsewhere ? undetermined(elsewhere) : pass('no inline policies', { inlinePolicies: [] });
  },
});
