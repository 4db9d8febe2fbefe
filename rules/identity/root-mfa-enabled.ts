import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'root-mfa-enabled',
  title: 'The root user has MFA enabled',
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  rationale:
    'The root user can do anything in the account, including closing it and changing its contact details, and ' +
    'IAM policies cannot restrict it. A password alone is not enough protection for it.',
  remediation: {
    summary: 'Sign in as root and assign an MFA device (a FIDO2 security key preferably); keep it in a safe.',
    cli: 'No API: IAM console > Security credentials (as root) > Assign MFA device',
  },
  equivalents: {
    guard: ['ROOT_ACCOUNT_MFA_ENABLED'],
    prowler: ['iam_root_mfa_enabled'],
    steampipe: ['iam_root_user_mfa_enabled'],
    fsbp: ['IAM.9'],
  },
  evaluate(account) {
    if (isUnknown(account.rootMfaEnabled)) return undetermined(account.rootMfaEnabled);
    return account.rootMfaEnabled
      ? pass('the root user has MFA', { rootMfaEnabled: true })
      : fail('the root user has no MFA device', { rootMfaEnabled: false });
  },
});
