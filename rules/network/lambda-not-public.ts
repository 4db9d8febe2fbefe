import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { attachableElsewhere } from '../lib/attachable-elsewhere.js';
import { publicStatements } from '../lib/public-statements.js';

export default defineRule({
  id: 'lambda-not-public',
  title: 'Lambda functions cannot be invoked by anyone',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'network',
  appliesTo: ['lambda-function'],
  rationale:
    'A function policy that allows "*" without a condition naming the calling account, organization or source ' +
    'resource lets any AWS account (or, through a function URL without auth, anyone on the internet) run the ' +
    "function with its role's permissions, and be billed for it.",
  remediation: {
    summary:
      'Grant invocation to a specific principal, or add SourceArn/SourceAccount (PrincipalOrgID for an organization) to the permission.',
    cloudformation:
      'AWS::Lambda::Permission: a specific `Principal` (`s3.amazonaws.com`, an account id) and `SourceArn`/`SourceAccount`',
    cdk: 'fn.addPermission("S3", { principal: new iam.ServicePrincipal("s3.amazonaws.com"), sourceArn: bucket.bucketArn })',
    cli: 'aws lambda remove-permission --function-name <fn> --statement-id <sid>',
  },
  equivalents: {
    prowler: ['awslambda_function_not_publicly_accessible'],
    steampipe: ['lambda_function_restrict_public_access'],
    fsbp: ['Lambda.1'],
    guard: ['LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED'],
  },
  evaluate(fn, inventory) {
    if (isUnknown(fn.policyStatements)) return undetermined(fn.policyStatements);
    const open = publicStatements(fn.policyStatements);
    const evidence = { statements: fn.policyStatements.length, public: open.length };
    if (open.length > 0) {
      return fail(
        `${open.length} permission(s) let any principal invoke the function (${open.flatMap((s) => s.actions).join(', ') || 'any action'})`,
        evidence,
      );
    }
    // An AWS::Lambda::Permission only adds to the function's policy: a public one read above stands.
    const elsewhere = attachableElsewhere(fn, 'add a permission that lets anyone invoke it');
    if (elsewhere) return undetermined(elsewhere, evidence);
    // A permission that was not read (an unexpanded Fn::ForEach, an unread nested stack) may name this function.
    const gap = inventory.gapsFor('lambda-function', fn.region)[0];
    if (gap)
      return undetermined(`a permission that was not read may let anyone invoke the function: ${gap.reason}`);
    return pass('no permission lets an unrestricted principal invoke the function', evidence);
  },
});
