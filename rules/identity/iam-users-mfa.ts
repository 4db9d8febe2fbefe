import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'iam-users-mfa',
  title: 'IAM users with a console password have MFA',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['iam-user'],
  sources: ['live'],
  rationale:
    'A console password can be phished, guessed or reused from another breach; MFA makes a stolen password alone useless.',
  remediation: {
    summary:
      'Assign an MFA device to every IAM user who can sign in to the console, or remove their console password.',
    cli: 'aws iam create-virtual-mfa-device ...; aws iam enable-mfa-device --user-name <user> ... (or: aws iam delete-login-profile --user-name <user>)',
  },
  equivalents: {
    guard: ['MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS'],
    prowler: ['iam_user_mfa_enabled_console_access'],
    steampipe: ['iam_user_console_access_mfa_enabled'],
    fsbp: ['IAM.5'],
  },
  evaluate(user) {
    if (isUnknown(user.hasConsolePassword)) return undetermined(user.hasConsolePassword);
    if (!user.hasConsolePassword) return notApplicable('no console password', { hasConsolePassword: false });
    if (isUnknown(user.mfaActive)) return undetermined(user.mfaActive);
    return user.mfaActive
      ? pass('console user has an MFA device', { hasConsolePassword: true, mfaActive: true })
      : fail('console user has no MFA device', { hasConsolePassword: true, mfaActive: false });
  },
});
