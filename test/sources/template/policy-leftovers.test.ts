/**
 * Policy readings of the template source: the KMS key policy shares the trust
 * policy's reading of principals, a rotation schedule reaches its secret
 * through an RDS secret attachment, and a queue policy names its queue by URL.
 */
import { ruleCases } from '../../support/rule-cases.js';

const keyWithPrincipal = (principal: string, parameters = '') => `${parameters}
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: 'kms:*'
            Resource: '*'`;

const ACCOUNT_PARAMETER = `
Parameters:
  Acct: { Type: String }`;

ruleCases('kms-key-not-public', {
  pass: [
    {
      name: "CDK's key policy: the deploying account's root, by Join",
      template: keyWithPrincipal(
        `!Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':root']]`,
      ),
    },
    {
      name: "the deploying account's root, by Sub",
      template: keyWithPrincipal('!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root'),
    },
    {
      name: 'an account from a parameter given a value',
      template: keyWithPrincipal('!Sub arn:aws:iam::${Acct}:root', ACCOUNT_PARAMETER),
      parameters: { Acct: '123456789012' },
    },
  ],
  fail: [
    {
      name: "an account parameter given '*': every account",
      template: keyWithPrincipal('!Sub arn:aws:iam::${Acct}:root', ACCOUNT_PARAMETER),
      parameters: { Acct: '*' },
    },
  ],
  unknown: [
    {
      name: 'an account from a parameter without a value may be `*`',
      template: keyWithPrincipal('!Sub arn:aws:iam::${Acct}:root', ACCOUNT_PARAMETER),
      message: 'Acct',
    },
    {
      name: 'the same account parameter in a Join',
      template: keyWithPrincipal(`!Join ['', ['arn:aws:iam::', !Ref Acct, ':root']]`, ACCOUNT_PARAMETER),
      message: 'Acct',
    },
  ],
});

/** A secret, and a rotation schedule naming it by `scheduleSecretId`; `Attachment` attaches `attachedSecretId` to a database. */
const rotatedSecret = (scheduleSecretId: string, attachedSecretId = '!Ref Secret') => `
Parameters:
  OtherSecret: { Type: String }
Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString: { SecretStringTemplate: '{"username":"admin"}', GenerateStringKey: password }
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      StorageEncrypted: true
      MasterUsername: admin
      MasterUserPassword: !Sub '{{resolve:secretsmanager:\${Secret}:SecretString:password}}'
  Attachment:
    Type: AWS::SecretsManager::SecretTargetAttachment
    Properties:
      SecretId: ${attachedSecretId}
      TargetId: !Ref Db
      TargetType: AWS::RDS::DBInstance
  Schedule:
    Type: AWS::SecretsManager::RotationSchedule
    DependsOn: Attachment
    Properties:
      SecretId: ${scheduleSecretId}
      HostedRotationLambda: { RotationType: PostgreSQLSingleUser }
      RotationRules: { AutomaticallyAfterDays: 30 }`;

ruleCases('secret-rotation-enabled', {
  pass: [
    { name: 'a schedule naming the secret', template: rotatedSecret('!Ref Secret'), resource: 'Secret' },
    {
      name: "a schedule naming the secret's RDS attachment, as the CDK writes (its Ref is the secret's ARN)",
      template: rotatedSecret('!Ref Attachment'),
      resource: 'Secret',
    },
  ],
  unknown: [
    {
      name: 'a schedule naming an attachment whose secret is a parameter without a value',
      template: rotatedSecret('!Ref Attachment', '!Ref OtherSecret'),
      resource: 'Secret',
      message: 'OtherSecret',
    },
  ],
});
