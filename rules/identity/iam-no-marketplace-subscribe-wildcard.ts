import { defineRule } from '../../src/engine/rule.js';
import { allowedBy, coversAction } from '../../src/inventory/facts/iam-policy-document.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { PatternList } from '../../src/inventory/model.js';
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
        // A conditioned statement does not count; one whose Condition may vanish leaves the verdict open.
        const candidates = statements.flatMap((statement, index) =>
          statement.conditional === true ? [] : [{ statement, number: index + 1 }],
        );
        const subscribe = allowedBy(
          candidates.map((candidate) => candidate.statement),
          (actions: PatternList) => coversAction(actions, 'aws-marketplace:Subscribe'),
          { everyResource: true },
        );
        if (isUnknown(subscribe)) return subscribe;
        const granting = candidates.filter((_, index) => subscribe.granted.includes(index + 1));
        const unconditioned = granting.filter((candidate) => candidate.statement.conditional === false);
        if (unconditioned.length > 0)
          return `${statementNumbers(unconditioned.map((candidate) => candidate.number))} allow aws-marketplace:Subscribe on every resource without a condition`;
        return granting.map((candidate) => candidate.statement.conditional).find(isUnknown);
      },
      'no unconditioned statement allows aws-marketplace:Subscribe on every resource',
    );
  },
});
