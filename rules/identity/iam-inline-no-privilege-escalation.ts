import { defineRule } from '../../src/engine/rule.js';
import { allowsAction } from '../../src/inventory/facts/iam-policy-document.js';
import { isUnknown, type Unknown } from '../../src/inventory/maybe.js';
import type { IamStatement } from '../../src/inventory/model.js';
import { POLICY_HOLDER_TYPES, judgeDocuments } from '../lib/iam-policies.js';

/**
 * Action sets that each let a principal raise its own privileges, after Rhino
 * Security Labs' "AWS IAM privilege escalation methods" (the list Prowler's
 * check follows). A set counts when every action in it is allowed, on any
 * resource: a PassRole on one admin role escalates as well as one on "*".
 */
export const ESCALATION_PATHS: readonly (readonly string[])[] = [
  ['iam:CreatePolicyVersion'],
  ['iam:SetDefaultPolicyVersion'],
  ['iam:CreateAccessKey'],
  ['iam:CreateLoginProfile'],
  ['iam:UpdateLoginProfile'],
  ['iam:AttachUserPolicy'],
  ['iam:AttachGroupPolicy'],
  ['iam:AttachRolePolicy'],
  ['iam:PutUserPolicy'],
  ['iam:PutGroupPolicy'],
  ['iam:PutRolePolicy'],
  ['iam:AddUserToGroup'],
  ['iam:UpdateAssumeRolePolicy'],
  ['iam:PassRole', 'ec2:RunInstances'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
  ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
  ['iam:PassRole', 'glue:CreateDevEndpoint'],
  ['iam:PassRole', 'cloudformation:CreateStack'],
  ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
  ['glue:UpdateDevEndpoint'],
  ['lambda:UpdateFunctionCode'],
];

function escalations(statements: IamStatement[]): string[] | Unknown {
  const found: string[] = [];
  let undecided: Unknown | undefined;
  for (const path of ESCALATION_PATHS) {
    const verdicts = path.map((action) => allowsAction(statements, action));
    if (verdicts.some((verdict) => verdict === false)) continue;
    const open = verdicts.find(isUnknown);
    if (open) undecided ??= open;
    else found.push(path.join(' + '));
  }
  if (found.length > 0) return found;
  return undecided ?? found;
}

export default defineRule({
  id: 'iam-inline-no-privilege-escalation',
  title: 'No inline IAM policy allows privilege escalation',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.3'],
  family: 'identity',
  appliesTo: POLICY_HOLDER_TYPES,
  rationale:
    'Some permissions are administrator access in disguise: whoever may write a policy version, attach or put a ' +
    "policy, create another user's keys or pass a role to new compute can give themselves any permission. The " +
    "check looks for the action sets of Rhino Security Labs' privilege-escalation methods (as Prowler does): a " +
    'set counts when every action in it is allowed on any resource and no unconditional Deny on every resource ' +
    'takes one back.',
  remediation: {
    summary:
      'Remove the escalating actions, or limit them to resources the principal cannot use to raise its own rights (and add a permissions boundary).',
    cloudformation: 'Policies[].PolicyDocument: drop iam:Put*/Attach*/CreatePolicyVersion/PassRole on "*"',
  },
  equivalents: {
    prowler: ['iam_inline_policy_allows_privilege_escalation'],
  },
  evaluate(resource) {
    return judgeDocuments(
      resource,
      ['inline'],
      (statements) => {
        const paths = escalations(statements);
        if (isUnknown(paths)) return paths;
        return paths.length > 0 ? `allows privilege escalation through ${paths.join(', ')}` : undefined;
      },
      'allows none of the known privilege-escalation action sets',
    );
  },
});
