/**
 * Probes of the queue, topic, secret and trust policy rules: what the AWS CDK
 * synthesizes must be judged, not left UNKNOWN, and the shapes that let
 * anyone in must not PASS.
 */
import { ruleCases } from '../support/rule-cases.js';

/** `topic.addSubscription(new SqsSubscription(queue))` with `enforceSSL: true`, and an EventBridge target. */
const CDK_QUEUE_POLICY = `
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
  Rule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern: { source: [aws.ec2] }
      Targets: [{ Arn: !GetAtt Queue.Arn, Id: Target0 }]
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Action: sqs:*
            Condition: { Bool: { aws:SecureTransport: 'false' } }
            Effect: Deny
            Principal: { AWS: '*' }
            Resource: !GetAtt Queue.Arn
          - Action: sqs:SendMessage
            Condition: { ArnEquals: { aws:SourceArn: !Ref Topic } }
            Effect: Allow
            Principal: { Service: sns.amazonaws.com }
            Resource: !GetAtt Queue.Arn
          - Action: [sqs:SendMessage, sqs:GetQueueAttributes, sqs:GetQueueUrl]
            Condition: { ArnEquals: { aws:SourceArn: !GetAtt Rule.Arn } }
            Effect: Allow
            Principal: { Service: events.amazonaws.com }
            Resource: !GetAtt Queue.Arn`;

/** A queue policy allowing "*" under one condition on `value`. */
const openQueueWhen = (operator: string, key: string, value: string) => `
Parameters:
  Source: { Type: String }
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
  Parameter:
    Type: AWS::SSM::Parameter
    Properties: { Type: String, Value: '*' }
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Statement:
          - Action: sqs:SendMessage
            Condition: { ${operator}: { ${key}: ${value} } }
            Effect: Allow
            Principal: '*'
            Resource: '*'`;

ruleCases('sqs-queue-not-public', {
  pass: [
    { name: 'CDK enforceSSL, SqsSubscription and EventBridge target policy', template: CDK_QUEUE_POLICY },
    {
      name: 'anyone, confined to this template topic by aws:SourceArn (Ref)',
      template: openQueueWhen('ArnEquals', 'aws:SourceArn', '!Ref Topic'),
    },
    {
      name: 'anyone, confined to the deploying account by aws:SourceAccount (AWS::AccountId)',
      template: openQueueWhen('StringEquals', 'aws:SourceAccount', '!Ref AWS::AccountId'),
    },
  ],
  fail: [
    {
      name: 'anyone, under an aws:SourceArn pattern of any account built with the region',
      template: openQueueWhen('ArnLike', 'aws:SourceArn', "!Sub 'arn:aws:sns:${AWS::Region}:*:*'"),
    },
  ],
  unknown: [
    {
      name: 'aws:SourceArn from a parameter without a value',
      template: openQueueWhen('ArnLike', 'aws:SourceArn', '!Ref Source'),
    },
    {
      name: "aws:SourceArn from an SSM parameter's Value, which may be a pattern",
      template: openQueueWhen('ArnLike', 'aws:SourceArn', '!GetAtt Parameter.Value'),
    },
  ],
});

/** `bucket.addEventNotification(..., new SnsDestination(topic))`, `Rule` targets and `topic.grantPublish(...)`. */
const CDK_TOPIC_POLICY = `
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Bucket:
    Type: AWS::S3::Bucket
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Action: sts:AssumeRole, Effect: Allow, Principal: { Service: lambda.amazonaws.com } }]
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Action: sns:Publish
            Condition: { ArnLike: { aws:SourceArn: !GetAtt Bucket.Arn } }
            Effect: Allow
            Principal: { Service: s3.amazonaws.com }
            Resource: !Ref Topic
            Sid: '0'
          - Action: sns:Publish
            Effect: Allow
            Principal: { Service: events.amazonaws.com }
            Resource: !Ref Topic
            Sid: '1'
          - Action: sns:Publish
            Effect: Allow
            Principal:
              AWS: !Join ['', ['arn:', !Ref AWS::Partition, ':iam::', !Ref AWS::AccountId, ':root']]
            Resource: !Ref Topic
            Sid: '2'
          - Action: sns:Publish
            Effect: Allow
            Principal: { AWS: !GetAtt Role.Arn }
            Resource: !Ref Topic
            Sid: '3'`;

ruleCases('sns-topic-not-public', {
  pass: [{ name: 'CDK S3 notification, EventBridge and grantPublish policy', template: CDK_TOPIC_POLICY }],
  fail: [
    {
      name: 'anyone, with a single statement object confined by nothing',
      template: `
Resources:
  Topic:
    Type: AWS::SNS::Topic
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Statement: { Action: sns:Publish, Effect: Allow, Principal: { AWS: '*' }, Resource: !Ref Topic }`,
    },
  ],
});

/** A role trusting `principal` for `action`, under `condition`. */
const role = (principal: string, action: string, condition = '{}', extra = '') => `
Resources:
  GitHubOidc:
    Type: Custom::AWSCDKOpenIdConnectProvider
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:oidc-provider
      ClientIDList: [sts.amazonaws.com]
      Url: https://token.actions.githubusercontent.com
  IdentityPool:
    Type: AWS::Cognito::IdentityPool
    Properties: { AllowUnauthenticatedIdentities: false }
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Action: ${action}
            Effect: Allow
            Principal: ${principal}
            Condition: ${condition}${extra}`;

ruleCases('iam-role-trust-not-public', {
  pass: [
    {
      name: "CDK GitHub OIDC: iam.OpenIdConnectProvider's Ref, sub naming the repository",
      resource: 'Role',
      template: role(
        '{ Federated: !Ref GitHubOidc }',
        'sts:AssumeRoleWithWebIdentity',
        "{ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:*' }, StringEquals: { 'token.actions.githubusercontent.com:aud': sts.amazonaws.com } }",
      ),
    },
    {
      name: 'Cognito identity pool named by Ref in the aud condition',
      resource: 'Role',
      template: role(
        '{ Federated: cognito-identity.amazonaws.com }',
        'sts:AssumeRoleWithWebIdentity',
        "{ StringEquals: { 'cognito-identity.amazonaws.com:aud': !Ref IdentityPool } }",
      ),
    },
    {
      name: 'a single statement object trusting the account root by Sub',
      resource: 'Role',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          Action: sts:AssumeRole
          Effect: Allow
          Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }`,
    },
    {
      name: 'anyone, with a Deny to everyone outside the organization',
      resource: 'Role',
      template: role(
        "{ AWS: '*' }",
        'sts:AssumeRole',
        '{}',
        `
          - Action: sts:AssumeRole
            Effect: Deny
            Principal: { AWS: '*' }
            Condition: { StringNotEquals: { 'aws:PrincipalOrgID': o-abc123def4 } }`,
      ),
    },
  ],
  fail: [
    {
      name: "CDK GitHub OIDC: iam.OpenIdConnectProvider's Ref, sub of any repository",
      resource: 'Role',
      template: role(
        '{ Federated: !Ref GitHubOidc }',
        'sts:AssumeRoleWithWebIdentity',
        "{ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }",
      ),
      message: /GitHub Actions/,
    },
    {
      name: 'anyone, with a Deny outside the organization that also needs a principal tag',
      resource: 'Role',
      template: role(
        "{ AWS: '*' }",
        'sts:AssumeRole',
        '{}',
        `
          - Action: sts:AssumeRole
            Effect: Deny
            Principal: { AWS: '*' }
            Condition:
              StringNotEquals: { 'aws:PrincipalOrgID': o-abc123def4 }
              StringEquals: { 'aws:PrincipalTag/team': red }`,
      ),
      message: /anyone may call sts:AssumeRole/,
    },
  ],
});

/** CDK's RDS secret: attached to its database, it is named by the attachment, whose Ref is the secret's ARN. */
const attachedSecretPolicy = (principal: string) => `
Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties: { GenerateSecretString: {} }
  Database:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: postgres, DBInstanceClass: db.t4g.micro }
  SecretAttachment:
    Type: AWS::SecretsManager::SecretTargetAttachment
    Properties:
      SecretId: !Ref Secret
      TargetId: !Ref Database
      TargetType: AWS::RDS::DBInstance
  SecretPolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: !Ref SecretAttachment
      ResourcePolicy:
        Statement:
          - Action: secretsmanager:GetSecretValue
            Effect: Allow
            Principal: { AWS: ${principal} }
            Resource: '*'`;

ruleCases('secret-not-public', {
  pass: [
    {
      name: "a policy naming the secret's attachment, for one account",
      resource: 'Secret',
      template: attachedSecretPolicy("!Sub 'arn:${AWS::Partition}:iam::111122223333:root'"),
    },
  ],
  fail: [
    {
      name: "a policy naming the secret's attachment, for anyone",
      resource: 'Secret',
      template: attachedSecretPolicy("'*'"),
    },
  ],
});
