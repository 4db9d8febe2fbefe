import { defineRule } from '../../src/engine/rule.js';
import { allowedBy, coversEveryAction } from '../../src/inventory/facts/iam-policy-document.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { POLICY_HOLDER_TYPES, judgeDocuments, statementNumbers } from '../lib/iam-policies.js';

export default defineRule({
  id: 'iam-no-admin-policy',
  title: 'No IAM policy grants every action on every resource (*:*)',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.3'],
  family: 'identity',
  appliesTo: POLICY_HOLDER_TYPES,
  rationale:
    'A policy that allows "*" on "*" makes whoever holds it an administrator: least privilege is gone, and one ' +
    'leaked credential or compromised workload controls the account. An Allow with NotAction on every resource ' +
    'grants everything but a few actions and counts too. Deny statements grant nothing and are not counted. ' +
    'Managed policies (customer and AWS, such as AdministratorAccess, when attached) are judged on themselves, ' +
    'inline policies on the user, group or role that embeds them.',
  remediation: {
    summary:
      'Replace the statement with the actions and resources the principal needs (IAM Access Analyzer can generate a policy from CloudTrail activity).',
    cloudformation: 'PolicyDocument.Statement: list specific Action and Resource values instead of "*"',
    cdk: 'new iam.PolicyStatement({ actions: [...specific], resources: [...specific] })',
    cli: 'aws iam create-policy-version --policy-arn <arn> --policy-document file://least-privilege.json --set-as-default',
  },
  equivalents: {
    checkov: ['CKV_AWS_1'],
    fsbp: ['IAM.1'],
    prowler: [
      'iam_aws_attached_policy_no_administrative_privileges',
      'iam_customer_attached_policy_no_administrative_privileges',
      'iam_inline_policy_no_administrative_privileges',
    ],
    steampipe: ['iam_policy_no_star_star'],
  },
  evaluate(resource) {
    return judgeDocuments(
      resource,
      ['aws-managed', 'customer-managed', 'inline'],
      (statements) => {
        const admin = allowedBy(statements, coversEveryAction, { everyResource: true });
        if (isUnknown(admin)) return admin;
        return admin.granted.length > 0
          ? `${statementNumbers(admin.granted)} allow every action on every resource`
          : undefined;
      },
      'no statement allows every action on every resource',
    );
  },
});
