import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { firstUnknown, isUnknown } from '../../src/inventory/maybe.js';
import { principalAttachableElsewhere, principalField } from '../lib/iam-policies.js';

export default defineRule({
  id: 'iam-users-no-direct-policies',
  title: 'IAM users get permissions through groups or roles, not policies of their own',
  severity: 'low',
  criteria: ['CC6.1', 'CC6.2', 'CC6.3'],
  family: 'identity',
  appliesTo: ['iam-user'],
  rationale:
    'Permissions granted user by user drift apart and are missed when someone changes job or leaves; granted ' +
    'to a group or role, they are reviewed and revoked in one place, which is what an access review needs.',
  remediation: {
    summary:
      "Move the user's managed and inline policies to a group that matches the job, and add the user to it.",
    cloudformation: 'AWS::IAM::User: drop ManagedPolicyArns and Policies; set Groups',
    cdk: 'group.addManagedPolicy(...); group.addUser(user)',
    cli: 'aws iam add-user-to-group ...; aws iam detach-user-policy ...; aws iam delete-user-policy ...',
  },
  equivalents: {
    checkov: ['CKV_AWS_40'],
    fsbp: ['IAM.2'],
    prowler: ['iam_policy_attached_only_to_group_or_roles'],
    steampipe: ['iam_user_no_inline_attached_policies'],
  },
  evaluate(user) {
    const managed = principalField(user.managedPolicyArns, 'attached managed policies', user);
    const inline = principalField(user.inlinePolicies, 'inline policies', user);
    const evidence = {
      managedPolicies: isUnknown(managed) ? null : managed,
      inlinePolicies: isUnknown(inline) ? null : inline.map((policy) => policy.name),
    };
    const direct = [
      ...(isUnknown(managed) ? [] : managed.map((arn) => `managed ${arn}`)),
      ...(isUnknown(inline) ? [] : inline.map((policy) => `inline ${policy.name}`)),
    ];
    if (direct.length > 0)
      return fail(`policies attached to the user itself: ${direct.join(', ')}`, evidence);
    const open = firstUnknown(managed, inline) ?? principalAttachableElsewhere(user);
    if (open) return undetermined(open, evidence);
    return pass('no managed or inline policy is attached to the user itself', evidence);
  },
});
