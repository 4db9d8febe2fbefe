import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'root-no-access-keys',
  title: 'The root user has no access keys',
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  rationale:
    'A root access key is an unrestricted, long-lived credential that MFA does not protect. Nothing needs one: ' +
    'every task that requires root is done in the console.',
  remediation: {
    summary: 'Delete the root access keys (after moving any automation to IAM roles).',
    cli: 'No API for root keys from IAM users: sign in as root > Security credentials > Access keys > Delete',
  },
  equivalents: {
    guard: ['IAM_ROOT_ACCESS_KEY_CHECK'],
    prowler: ['iam_no_root_access_key'],
    steampipe: ['iam_root_user_no_access_keys'],
    fsbp: ['IAM.4'],
  },
  evaluate(account) {
    if (isUnknown(account.rootAccessKeysPresent)) return undetermined(account.rootAccessKeysPresent);
    return account.rootAccessKeysPresent
      ? fail('the root user has access keys', { rootAccessKeysPresent: true })
      : pass('the root user has no access keys', { rootAccessKeysPresent: false });
  },
});
