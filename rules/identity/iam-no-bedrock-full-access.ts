import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { principalAttachableElsewhere, PRINCIPAL_TYPES, principalField } from '../lib/iam-policies.js';

const BEDROCK_FULL_ACCESS = /:iam::aws:policy\/AmazonBedrockFullAccess$/;

export default defineRule({
  id: 'iam-no-bedrock-full-access',
  title: 'The AWS-managed AmazonBedrockFullAccess policy is attached to no user, group or role',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.3'],
  family: 'identity',
  appliesTo: PRINCIPAL_TYPES,
  rationale:
    'AmazonBedrockFullAccess allows every Bedrock action: changing guardrails, model invocation logging and ' +
    "custom models, and invoking any model at the account's expense. Applications need invoke rights on named " +
    'models; administration belongs to a few roles.',
  remediation: {
    summary: 'Detach it and grant bedrock:InvokeModel (and what else is needed) on the models used.',
    cloudformation: 'ManagedPolicyArns: remove arn:aws:iam::aws:policy/AmazonBedrockFullAccess',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AmazonBedrockFullAccess',
  },
  equivalents: {
    prowler: ['bedrock_full_access_policy_attached'],
  },
  evaluate(principal) {
    const arns = principalField(principal.managedPolicyArns, 'attached managed policies', principal);
    if (isUnknown(arns)) return undetermined(arns);
    if (arns.some((arn) => BEDROCK_FULL_ACCESS.test(arn)))
      return fail('AmazonBedrockFullAccess is attached', { managedPolicies: arns });
    const elsewhere = principalAttachableElsewhere(principal);
    return elsewhere
      ? undetermined(elsewhere, { managedPolicies: arns })
      : pass('AmazonBedrockFullAccess is not attached', { managedPolicies: arns });
  },
});
