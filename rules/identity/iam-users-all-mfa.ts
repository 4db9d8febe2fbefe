import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'iam-users-all-mfa',
  title: 'Every IAM user has an MFA device',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['iam-user'],
  sources: ['live'],
  rationale:
    'A user without a console password today can be given one tomorrow, and MFA also guards sensitive API ' +
    'calls through aws:MultiFactorAuthPresent conditions. Requiring a device on every user, not only on console ' +
    'users (iam-users-mfa), leaves no identity that a password alone would unlock.',
  remediation: {
    summary: 'Assign an MFA device to the user, or replace a machine user by an IAM role.',
    cli: 'aws iam create-virtual-mfa-device ...; aws iam enable-mfa-device --user-name <user> ...',
  },
  equivalents: {
    steampipe: ['iam_user_mfa_enabled'],
  },
  evaluate(user) {
    if (isUnknown(user.mfaActive)) return undetermined(user.mfaActive);
    return user.mfaActive
      ? pass('the user has an MFA device', { mfaActive: true })
      : fail('the user has no MFA device', { mfaActive: false });
  },
});
