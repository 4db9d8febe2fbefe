import { defineRule } from '../../src/engine/rule.js';
import { policySetElsewhere } from '../lib/attachable-elsewhere.js';
import { resourcePolicyOutcome } from '../lib/public-statements.js';

export default defineRule({
  id: 'secret-not-public',
  title: 'Secrets Manager resource policies do not allow everyone',
  severity: 'high',
  criteria: ['CC6.1', 'C1.1'],
  family: 'network',
  appliesTo: ['secretsmanager-secret'],
  rationale:
    'A secret holds credentials: database passwords, API keys, signing keys. A resource policy statement that ' +
    'allows "*" without a condition naming an account, organization or source resource lets any AWS principal ' +
    'read the secret (secretsmanager:GetSecretValue) or change it. A secret without a resource policy is ' +
    'reachable only through IAM policies of its own account.',
  remediation: {
    summary:
      'Grant access to named roles or accounts (or the organization through aws:PrincipalOrgID) instead of "*", and keep BlockPublicPolicy on.',
    cloudformation:
      'AWS::SecretsManager::ResourcePolicy: `ResourcePolicy` statements with named principals, and `BlockPublicPolicy: true`',
    cdk: 'secret.grantRead(new iam.ArnPrincipal("arn:aws:iam::111122223333:role/app"))',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
  },
  equivalents: {
    prowler: ['secretsmanager_not_publicly_accessible'],
  },
  evaluate(secret) {
    return policySetElsewhere(
      secret,
      resourcePolicyOutcome(secret.policyStatements, 'resource policy'),
      'resource policy',
    );
  },
});
