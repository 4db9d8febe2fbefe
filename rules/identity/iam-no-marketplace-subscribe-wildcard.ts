import { defineRule } from '../../src/engine/rule.js';
import { allowedBy, coversAction } from '../../src/inventory/facts/iam-policy-document.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { POLICY_HOLDER_TYPES, judgeDocuments, statementNumbers } from '../lib/iam-policies.js';

export default defineRule({
  id: 'iam-no-marketplace-subscribe-wildcard',
  title: 'No customer-managed or inline policy allows aws-marketplace:Subscribe on every resource',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.3'],
  family: 'identity',
  appliesTo: POLICY_HOLDER_TYPES,
  rationale:
    'aws-marketplace:Subscribe on "*" lets its holder subscribe the account to any Marketplace product, which ' +
    'brings in third-party software and recurring charges outside procurement. Counted: an Allow whose actions ' +
    'cover aws-marketplace:Subscribe (written out or through a wildcard) on Resource "*". AWS-managed policies ' +
    "that grant it (AdministratorAccess) are the admin rule's concern.",
  remediation: {
    summary:
      'Remove aws-marketplace:Subscribe, or restrict it with the aws-marketplace:ProductId condition key to approved products.',
    cloudformation:
      'PolicyDocument.Statement: drop aws-marketplace:Subscribe or add Condition: { ForAnyValue:StringEquals: { aws-marketplace:ProductId: [...] } }',
  },
  equivalents: {
    prowler: [
      'iam_policy_no_wildcard_marketplace_subscribe',
      'iam_inline_policy_no_wildcard_marketplace_subscribe',
    ],
  },
  evaluate(resource) {
    return judgeDocuments(
      resource,
      ['customer-managed', 'inline'],
      (statements) => {
        const subscribe = allowedBy(
          statements.filter((statement) => !statement.conditional),
          (actions) => coversAction(actions, 'aws-marketplace:Subscribe'),
          { everyResource: true },
        );
        if (isUnknown(subscribe)) return subscribe;
        return subscribe.granted.length > 0
          ? `${statementNumbers(subscribe.granted)} allow aws-marketplace:Subscribe on every resource without a condition`
          : undefined;
      },
      'no unconditioned statement allows aws-marketplace:Subscribe on every resource',
    );
  },
});
