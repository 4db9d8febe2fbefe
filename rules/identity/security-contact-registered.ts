import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'security-contact-registered',
  title: 'The account has a security contact registered',
  severity: 'low',
  criteria: ['CC2.3', 'CC7.3'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  rationale:
    'AWS sends security notices (a leaked access key, abuse reports, a compromised resource) to the security ' +
    'alternate contact. Without one they go only to the root email address, often a mailbox nobody on the ' +
    'security team reads.',
  remediation: {
    summary: 'Register a security alternate contact: a team mailbox and phone, not one person.',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --email-address <security@example.com> --name <name> --phone-number <phone> --title <title>',
  },
  equivalents: {
    prowler: ['account_security_contact_information_is_registered'],
    steampipe: ['account_alternate_contact_security_registered'],
  },
  evaluate(account) {
    const email = account.securityContactEmail;
    if (email === undefined) return undetermined('the security contact of the account was not read');
    if (isUnknown(email)) return undetermined(email);
    return email === null
      ? fail('no security alternate contact is registered', { securityContactEmail: null })
      : pass(`security notices go to ${email}`, { securityContactEmail: email });
  },
});
