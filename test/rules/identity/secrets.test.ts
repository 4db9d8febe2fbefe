import { ruleCases } from '../../support/rule-cases.js';

ruleCases('secret-rotation-enabled', {
  pass: [
    {
      name: 'a RotationSchedule names the secret',
      resource: 'DbSecret',
      template: `
Resources:
  DbSecret:
    Type: AWS::SecretsManager::Secret
    Properties: { GenerateSecretString: { PasswordLength: 32 } }
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref DbSecret
      HostedRotationLambda: { RotationType: PostgreSQLSingleUser }
      RotationRules: { AutomaticallyAfterDays: 30 }`,
    },
  ],
  fail: [
    {
      name: 'no RotationSchedule',
      message: 'not enabled',
      template: `
Resources:
  ApiKey:
    Type: AWS::SecretsManager::Secret
    Properties: { SecretString: placeholder }`,
    },
    {
      name: 'a RotationSchedule for another secret',
      resource: 'ApiKey',
      template: `
Resources:
  ApiKey:
    Type: AWS::SecretsManager::Secret
  Other:
    Type: AWS::SecretsManager::Secret
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Other
      RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate
      RotationRules: { ScheduleExpression: 'rate(10 days)' }`,
    },
  ],
  unknown: [
    {
      name: 'a RotationSchedule whose SecretId comes from a parameter may name it',
      message: 'may name ApiKey',
      template: `
Parameters:
  Target: { Type: String }
Resources:
  ApiKey:
    Type: AWS::SecretsManager::Secret
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref Target
      RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate`,
    },
  ],
});
