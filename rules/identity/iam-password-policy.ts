import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { PasswordPolicy } from '../../src/inventory/model.js';

/** CIS AWS Foundations Benchmark: at least 14 characters. */
export const MIN_PASSWORD_LENGTH = 14;
/** CIS AWS Foundations Benchmark: remember 24 passwords (IAM's maximum), so old ones cannot be cycled back. */
export const MIN_REUSE_PREVENTION = 24;

function shortcomings(policy: PasswordPolicy): string[] {
  const problems: string[] = [];
  const length = policy.minimumLength ?? 0;
  if (length < MIN_PASSWORD_LENGTH) problems.push(`minimum length ${length} < ${MIN_PASSWORD_LENGTH}`);
  const reuse = policy.reusePrevention ?? 0;
  if (reuse < MIN_REUSE_PREVENTION) problems.push(`remembers ${reuse} passwords < ${MIN_REUSE_PREVENTION}`);
  const classes: [keyof PasswordPolicy, string][] = [
    ['requireUppercase', 'uppercase letters'],
    ['requireLowercase', 'lowercase letters'],
    ['requireNumbers', 'numbers'],
    ['requireSymbols', 'symbols'],
  ];
  for (const [key, label] of classes) if (policy[key] !== true) problems.push(`does not require ${label}`);
  return problems;
}

export default defineRule({
  id: 'iam-password-policy',
  title: 'The IAM password policy requires long, complex, non-reused passwords',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.2'],
  family: 'identity',
  appliesTo: ['aws-account'],
  sources: ['live'],
  rationale:
    'Console passwords of IAM users are guessed, sprayed and reused from breaches. A minimum of 14 characters, all ' +
    'character classes and a 24-password history (CIS AWS Foundations Benchmark) make those attacks impractical. ' +
    'Forced periodic expiry is not required: NIST SP 800-63B advises against it.',
  remediation: {
    summary:
      'Set an account password policy with these minimums (better: federate console access through IAM Identity Center).',
    cli: `aws iam update-account-password-policy --minimum-password-length ${MIN_PASSWORD_LENGTH} --password-reuse-prevention ${MIN_REUSE_PREVENTION} --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols`,
  },
  equivalents: {
    guard: ['IAM_PASSWORD_POLICY'],
    prowler: ['iam_password_policy_minimum_length_14', 'iam_password_policy_reuse_24'],
  },
  evaluate(account) {
    const policy = account.passwordPolicy;
    if (isUnknown(policy)) return undetermined(policy);
    if (policy === undefined) {
      return fail('the account has no password policy (IAM then accepts any 8-character password)', {
        passwordPolicy: null,
      });
    }
    const evidence = { passwordPolicy: { ...policy } };
    const problems = shortcomings(policy);
    return problems.length > 0
      ? fail(`the password policy is too weak: ${problems.join('; ')}`, evidence)
      : pass('the password policy meets length, complexity and reuse minimums', evidence);
  },
});
