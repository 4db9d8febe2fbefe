import { defineRule, fail, pass } from '../../src/engine/rule.js';

/** The role CloudWatch's console creates when an account shares its CloudWatch data with others. */
export const SHARING_ROLE = 'CloudWatch-CrossAccountSharingRole';

export default defineRule({
  id: 'cloudwatch-cross-account-sharing-disabled',
  title: 'CloudWatch data is not shared with other accounts (no CloudWatch-CrossAccountSharingRole)',
  severity: 'low',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'identity',
  appliesTo: ['aws-account'],
  reads: ['iam-role'],
  sources: ['live'],
  rationale:
    "Cross-account observability lets the accounts named in that role read this account's metrics, logs " +
    'and dashboards, which can hold customer data and reveal the architecture. Sharing should be a reviewed ' +
    'exception; its sign is the role CloudWatch creates for it, as Prowler reads it. An account whose roles ' +
    'could not all be read is UNKNOWN.',
  remediation: {
    summary:
      'If sharing is not intended, delete the CloudWatch-CrossAccountSharingRole (CloudWatch console > Settings > Share your CloudWatch data).',
    cli: `aws iam delete-role --role-name ${SHARING_ROLE} (after detaching its policies)`,
  },
  equivalents: {
    prowler: ['cloudwatch_cross_account_sharing_disabled'],
  },
  evaluate(account, inventory) {
    const roles = inventory
      .ofType('iam-role')
      .filter((role) => role.origin.kind !== 'live' || role.origin.account === account.id);
    const sharing = roles.find((role) => role.name === SHARING_ROLE);
    return sharing
      ? fail(`${SHARING_ROLE} exists: CloudWatch data is shared with other accounts`, { role: sharing.id })
      : pass(`no ${SHARING_ROLE} among ${roles.length} role(s)`, { roles: roles.length });
  },
});
