import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'secret-rotation-enabled',
  title: 'Secrets Manager secrets rotate automatically',
  severity: 'medium',
  criteria: ['CC6.1'],
  family: 'identity',
  appliesTo: ['secretsmanager-secret'],
  rationale:
    'A database password or API key that never changes stays valid for whoever copied it, from a log, a laptop ' +
    'or a former colleague. Automatic rotation bounds how long a leaked secret is useful, without anyone ' +
    'having to remember. In a template, rotation is on when an AWS::SecretsManager::RotationSchedule names the secret.',
  remediation: {
    summary:
      'Add a rotation schedule with a rotation function (or a managed rotation for RDS, Redshift and DocumentDB).',
    cloudformation:
      'AWS::SecretsManager::RotationSchedule { SecretId: !Ref Secret, HostedRotationLambda | RotationLambdaARN, RotationRules: { AutomaticallyAfterDays: 30 } }',
    cdk: 'secret.addRotationSchedule(..., { hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser(), automaticallyAfter: Duration.days(30) })',
    cli: 'aws secretsmanager rotate-secret --secret-id <id> --rotation-lambda-arn <arn> --rotation-rules AutomaticallyAfterDays=30',
  },
  equivalents: {
    checkov: ['CKV2_AWS_57'],
    fsbp: ['SecretsManager.1'],
    prowler: ['secretsmanager_automatic_rotation_enabled'],
    steampipe: ['secretsmanager_secret_automatic_rotation_enabled'],
  },
  evaluate(secret) {
    if (isUnknown(secret.rotationEnabled)) return undetermined(secret.rotationEnabled);
    return secret.rotationEnabled
      ? pass('automatic rotation is enabled', { rotationEnabled: true })
      : fail('automatic rotation is not enabled', { rotationEnabled: false });
  },
});
