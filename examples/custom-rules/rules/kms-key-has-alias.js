// A team rule as an ES module: the same defineRule API as the bundled rules.
// Keys without an alias are hard to tell apart in policies and incident notes.
import { defineRule, fail, isUnknown, notApplicable, pass, undetermined } from 'soc2-evidence';

export default defineRule({
  id: 'kms-key-has-alias',
  title: 'Customer-managed KMS keys have an alias',
  severity: 'low',
  criteria: ['CC6.1'],
  family: 'encryption',
  appliesTo: ['kms-key'],
  rationale:
    'An alias names what a key protects (alias/payments-db), so key policies, grants and incident notes ' +
    'can be reviewed without looking up opaque key ids.',
  remediation: {
    summary: 'Create an alias for the key.',
    cloudformation: 'AWS::KMS::Alias with `AliasName: alias/<purpose>` and `TargetKeyId: !Ref Key`',
    cli: 'aws kms create-alias --alias-name alias/<purpose> --target-key-id <key-id>',
  },
  evaluate(key) {
    // Facts a source could not read are Unknown: say so, never guess a PASS.
    if (isUnknown(key.keyManager)) return undetermined(key.keyManager);
    if (key.keyManager === 'AWS') return notApplicable('AWS-managed key: AWS names it');
    return key.aliases.length > 0
      ? pass(`alias ${key.aliases.join(', ')}`, { aliases: key.aliases })
      : fail('the key has no alias', { aliases: [] });
  },
});
