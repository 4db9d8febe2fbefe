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

/** Queues Q and Other; a policy allowing "*" to send, on the queues `target` names. */
const queuePolicyOn = (target: string, principal = `'*'`) => `
Parameters:
  Acct: { Type: String }
  Name: { Type: String }
Resources:
  Q:
    Type: AWS::SQS::Queue
  Other:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues:
        - ${target}
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: ${principal}, Action: 'sqs:SendMessage', Resource: '*' }`;

const Q_URL = '!Sub https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Q.QueueName}';

ruleCases('sqs-queue-not-public', {
  pass: [
    {
      name: "the policy on Q by Q's URL leaves the other queue without a policy",
      template: queuePolicyOn(Q_URL),
      resource: 'Other',
    },
    {
      name: "an account-only policy on Q by Q's URL (with AWS::URLSuffix)",
      template: queuePolicyOn(
        '!Sub https://sqs.${AWS::Region}.${AWS::URLSuffix}/${AWS::AccountId}/${Q.QueueName}',
        `{ AWS: !Ref AWS::AccountId }`,
      ),
      resource: 'Q',
    },
  ],
  fail: [
    {
      name: "a public policy on Q by Q's URL, built with Sub",
      template: queuePolicyOn(Q_URL),
      resource: 'Q',
      message: 'sqs:SendMessage',
    },
    {
      name: "a public inline policy on Q by Q's URL",
      template: `
Resources:
  Q:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueueInlinePolicy
    Properties:
      Queue: ${Q_URL}
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }`,
      resource: 'Q',
    },
  ],
  unknown: [
    {
      name: 'a URL in an account from a parameter without a value',
      template: queuePolicyOn('!Sub https://sqs.${AWS::Region}.amazonaws.com/${Acct}/${Q.QueueName}'),
      resource: 'Q',
    },
    {
      name: 'a URL ending in a name from a parameter without a value',
      template: queuePolicyOn('!Sub https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/${Name}'),
      resource: 'Q',
    },
    {
      name: 'a URL in a written region: the stack may deploy elsewhere',
      template: queuePolicyOn('!Sub https://sqs.eu-west-1.amazonaws.com/${AWS::AccountId}/${Q.QueueName}'),
      resource: 'Q',
    },
  ],
});

/** A queue policy open to everyone but for `aws:SourceAccount`, whose value an `Fn::If` chooses. */
const queueConfinedByChoice = (operator: string) => `
Parameters:
  Open: { Type: String }
Conditions:
  C: !Equals [!Ref Open, 'yes']
Resources:
  Q:
    Type: AWS::SQS::Queue
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Q]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: sqs:SendMessage
            Resource: '*'
            Condition: { ${operator}: { 'aws:SourceAccount': !If [C, '*', !Ref AWS::AccountId] } }`;

ruleCases('sqs-queue-not-public', {
  pass: [
    {
      name: 'an Fn::If condition value whose decided branch is the deploying account',
      template: queueConfinedByChoice('StringLike'),
      parameters: { Open: 'no' },
    },
  ],
  fail: [
    {
      name: 'an Fn::If condition value whose decided branch is a wildcard',
      template: queueConfinedByChoice('StringLike'),
      parameters: { Open: 'yes' },
    },
  ],
  unknown: [
    {
      name: 'an Fn::If condition value whose condition is undecided',
      template: queueConfinedByChoice('StringLike'),
    },
  ],
});
