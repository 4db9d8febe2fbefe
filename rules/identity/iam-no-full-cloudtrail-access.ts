import { defineRule } from '../../src/engine/rule.js';
import { allowedBy, coversWholeService } from '../../src/inventory/facts/iam-policy-document.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { POLICY_HOLDER_TYPES, judgeDocuments, statementNumbers } from '../lib/iam-policies.js';

export default defineRule({
  id: 'iam-no-full-cloudtrail-access',
  title: 'No IAM policy grants every CloudTrail action (cloudtrail:*)',
  severity: 'medium',
  criteria: ['CC6.1', 'CC7.2'],
  family: 'identity',
  appliesTo: POLICY_HOLDER_TYPES,
  rationale:
    'The audit trail is the evidence that everything else happened as claimed. Whoever may use every CloudTrail ' +
    'action on every resource can stop logging, delete trails or redirect them before acting, so the trail ' +
    'should be administered by a few named roles with only the actions they need. Counted: an Allow of ' +
    '"cloudtrail:*" (or "*", or a NotAction that leaves CloudTrail out) on Resource "*"; Deny statements are not grants.',
  remediation: {
    summary:
      'Grant read actions (cloudtrail:LookupEvents, Describe*, Get*, List*) instead, and keep trail administration with a dedicated role.',
    cloudformation: 'PolicyDocument.Statement.Action: specific cloudtrail: actions instead of cloudtrail:*',
    cdk: "new iam.PolicyStatement({ actions: ['cloudtrail:LookupEvents', 'cloudtrail:Describe*'], resources: ['*'] })",
  },
  equivalents: {
    prowler: ['iam_policy_no_full_access_to_cloudtrail'],
    steampipe: ['iam_policy_no_full_access_to_cloudtrail'],
  },
  evaluate(resource) {
    return judgeDocuments(
      resource,
      ['aws-managed', 'customer-managed', 'inline'],
      (statements) => {
        const full = allowedBy(statements, (actions) => coversWholeService(actions, 'cloudtrail'), {
          everyResource: true,
        });
        if (isUnknown(full)) return full;
        return full.granted.length > 0
          ? `${statementNumbers(full.granted)} allow every CloudTrail action on every resource`
          : undefined;
      },
      'no statement allows every CloudTrail action on every resource',
    );
  },
});
