import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'account-in-organization',
  title: 'The account belongs to an AWS Organization',
  severity: 'medium',
  criteria: ['CC6.1', 'CC7.2'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  rationale:
    'An organization applies guardrails no one inside the account can remove (service control policies), ' +
    'centralizes CloudTrail, GuardDuty, Security Hub and Config, and gives central billing and access through ' +
    'Identity Center. A stand-alone account has none of that, and its root user is the last word.',
  remediation: {
    summary:
      'Invite the account from the management account of the organization and accept the invitation in the account ' +
      '(or create the organization, if there is none).',
    cli: 'aws organizations invite-account-to-organization --target Id=<account-id>,Type=ACCOUNT (management account); aws organizations accept-handshake --handshake-id <id> (this account)',
  },
  equivalents: {
    prowler: ['organizations_account_part_of_organizations'],
    steampipe: ['account_part_of_organizations'],
  },
  evaluate(account) {
    const organization = account.organizationId;
    if (organization === undefined) return undetermined('the organization of the account was not read');
    if (isUnknown(organization)) return undetermined(organization);
    return organization === null
      ? fail('the account belongs to no AWS Organization', { organizationId: null })
      : pass(`the account belongs to organization ${organization}`, { organizationId: organization });
  },
});
