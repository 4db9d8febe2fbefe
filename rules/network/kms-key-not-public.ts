import { defineRule, fail, pass } from '../../src/engine/rule.js';
import { customerKeyPolicy } from '../lib/key-policy.js';
import { publicStatements } from '../lib/public-statements.js';

export default defineRule({
  id: 'kms-key-not-public',
  title: 'KMS key policies do not allow everyone',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['kms-key'],
  rationale:
    'A key policy statement that allows "*" without a condition naming an account, organization or service ' +
    'lets any AWS principal use the key: decrypt what it protects, or schedule its deletion. Key access ' +
    'belongs to named principals of the account. A key created without a KeyPolicy gets the default policy ' +
    '(the account root: IAM policies decide), which is not public.',
  remediation: {
    summary:
      'Replace "*" principals with named accounts or roles, or confine them with aws:PrincipalOrgID / kms:CallerAccount.',
    cloudformation:
      'AWS::KMS::Key: `KeyPolicy` statements with `Principal: { AWS: !Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:root" }`',
    cdk: 'new kms.Key(this, "Key", { enableKeyRotation: true }) // default policy: the account root',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
  },
  equivalents: {
    prowler: ['kms_key_not_publicly_accessible'],
    steampipe: ['kms_cmk_policy_prohibit_public_access'],
    fsbp: ['KMS.5'],
  },
  evaluate(key) {
    const statements = customerKeyPolicy(key);
    if (!Array.isArray(statements)) return statements;
    // kms:CallerAccount confines a "*" principal to one account (the pattern of AWS's own key policies).
    const open = publicStatements(statements, { accountKeys: ['kms:calleraccount'] });
    const evidence = { statements: statements.length, public: open.length };
    if (open.length > 0) {
      return fail(
        `${open.length} key policy statement(s) allow any principal (${open.flatMap((s) => s.actions).join(', ')})`,
        evidence,
      );
    }
    return pass('no key policy statement allows an unrestricted principal', evidence);
  },
});
