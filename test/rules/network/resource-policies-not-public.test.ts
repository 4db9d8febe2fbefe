/**
 * Queue, topic and secret resource policies set by their separate template
 * resources (AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy,
 * AWS::SecretsManager::ResourcePolicy and the inline variants): an Allow to
 * "*" without a confining condition FAILs; a policy whose target or document
 * the template leaves undecided is UNKNOWN, never PASS.
 */
import { ruleCases } from '../../support/rule-cases.js';

const statement = (principal: string, action: string, condition = '') =>
  `{Effect: Allow, Principal: ${principal}, Action: "${action}", Resource: "*"${condition}}`;

const QUEUE = `
  Queue:
    Type: AWS::SQS::Queue
    Properties: { SqsManagedSseEnabled: true }`;

const queuePolicy = (statements: string, queues = '[!Ref Queue]', extra = '') => `
Resources:${QUEUE}
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy${extra}
    Properties:
      Queues: ${queues}
      PolicyDocument:
        Statement:
          - ${statements}`;

const FROM_TOPIC = `, Condition: {ArnEquals: {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:orders"}}`;

const UNRESOLVED_PARAMETER = `
Parameters:
  Target: { Type: String }`;

ruleCases('sqs-queue-not-public', {
  pass: [
    { name: 'a queue without a policy', template: `Resources:${QUEUE}` },
    {
      name: 'SNS as principal, confined to its topic by aws:SourceArn',
      template: queuePolicy(statement('{Service: sns.amazonaws.com}', 'sqs:SendMessage', FROM_TOPIC)),
    },
    {
      name: '"*" confined to the organization',
      template: queuePolicy(
        statement('"*"', 'sqs:SendMessage', `, Condition: {StringEquals: {"aws:PrincipalOrgID": o-abc123}}`),
      ),
    },
    {
      name: 'a public policy on another queue leaves this one without a policy',
      resource: 'Queue',
      template: `${queuePolicy(statement('"*"', 'sqs:*'), '[!Ref Other]')}
  Other:
    Type: AWS::SQS::Queue`,
    },
  ],
  fail: [
    {
      name: 'Principal "*" through AWS::SQS::QueuePolicy (the repro)',
      resource: 'Queue',
      template: queuePolicy(statement('"*"', 'sqs:*')),
      message: 'allow any principal (sqs:*)',
    },
    {
      name: 'Principal {AWS: "*"}',
      resource: 'Queue',
      template: queuePolicy(statement('{AWS: "*"}', 'sqs:ReceiveMessage')),
    },
    {
      name: 'a condition that confines nothing (StringNotEquals)',
      resource: 'Queue',
      template: queuePolicy(
        statement(
          '"*"',
          'sqs:SendMessage',
          `, Condition: {StringNotEquals: {"aws:SourceAccount": "111122223333"}}`,
        ),
      ),
    },
    {
      name: 'AWS::SQS::QueueInlinePolicy naming the queue',
      resource: 'Queue',
      template: `
Resources:${QUEUE}
  Inline:
    Type: AWS::SQS::QueueInlinePolicy
    Properties:
      Queue: !Ref Queue
      PolicyDocument: { Statement: [${statement('"*"', 'sqs:SendMessage')}] }`,
    },
    {
      name: 'the queue named by its literal URL',
      resource: 'Queue',
      template: `
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { QueueName: orders }
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/111122223333/orders]
      PolicyDocument: { Statement: [${statement('"*"', 'sqs:SendMessage')}] }`,
    },
  ],
  unknown: [
    {
      name: 'the policy names its queues through a parameter: it may name this one',
      resource: 'Queue',
      template: `${UNRESOLVED_PARAMETER}
${queuePolicy(statement('"*"', 'sqs:*'), '[!Ref Target]')}`,
      message: 'QueuePolicy.Queues may name Queue',
    },
    {
      name: 'the policy exists only under a condition the queue does not share',
      resource: 'Queue',
      template: `
Parameters:
  Open: { Type: String, AllowedValues: ['yes', 'no'] }
Conditions:
  IsOpen: !Equals [!Ref Open, 'yes']
${queuePolicy(statement('{AWS: "111122223333"}', 'sqs:SendMessage'), '[!Ref Queue]', '\n    Condition: IsOpen')}`,
    },
    {
      name: 'two policies name the queue: SQS keeps the one deployed last',
      resource: 'Queue',
      template: `${queuePolicy(statement('{AWS: "111122223333"}', 'sqs:SendMessage'))}
  Second:
    Type: AWS::SQS::QueueInlinePolicy
    Properties:
      Queue: !Ref Queue
      PolicyDocument: { Statement: [${statement('"*"', 'sqs:SendMessage')}] }`,
      message: 'in no defined order',
    },
    {
      name: 'a principal from a parameter',
      resource: 'Queue',
      template: `${UNRESOLVED_PARAMETER}
${queuePolicy(statement('!Ref Target', 'sqs:SendMessage'))}`,
    },
    {
      name: 'a literal URL may name a queue whose QueueName is unresolved',
      resource: 'Queue',
      template: `${UNRESOLVED_PARAMETER}
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties: { QueueName: !Ref Target }
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/111122223333/orders]
      PolicyDocument: { Statement: [${statement('"*"', 'sqs:SendMessage')}] }`,
    },
  ],
});

const TOPIC = `
  Topic:
    Type: AWS::SNS::Topic`;

const topicPolicy = (statements: string, topics = '[!Ref Topic]') => `
Resources:${TOPIC}
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: ${topics}
      PolicyDocument:
        Statement:
          - ${statements}`;

ruleCases('sns-topic-not-public', {
  pass: [
    { name: 'a topic without a policy (SNS writes its owner-only default)', template: `Resources:${TOPIC}` },
    {
      name: '"*" confined to the owner account by AWS:SourceOwner, as the default policy is',
      template: topicPolicy(
        statement(
          '{AWS: "*"}',
          'SNS:Publish',
          `, Condition: {StringEquals: {"AWS:SourceOwner": "111122223333"}}`,
        ),
      ),
    },
    {
      name: 'a service principal confined by aws:SourceArn',
      template: topicPolicy(
        statement(
          '{Service: events.amazonaws.com}',
          'sns:Publish',
          `, Condition: {ArnLike: {"aws:SourceArn": "arn:aws:events:us-east-1:111122223333:rule/*"}}`,
        ),
      ),
    },
  ],
  fail: [
    {
      name: 'Principal "*" through AWS::SNS::TopicPolicy (the repro)',
      resource: 'Topic',
      template: topicPolicy(statement('"*"', 'sns:Publish')),
      message: 'allow any principal (sns:Publish)',
    },
    {
      name: 'a condition that holds when its key is absent (IfExists)',
      resource: 'Topic',
      template: topicPolicy(
        statement(
          '{AWS: "*"}',
          'sns:Subscribe',
          `, Condition: {StringEqualsIfExists: {"aws:SourceAccount": "111122223333"}}`,
        ),
      ),
    },
    {
      name: 'AWS::SNS::TopicInlinePolicy naming the topic',
      resource: 'Topic',
      template: `
Resources:${TOPIC}
  Inline:
    Type: AWS::SNS::TopicInlinePolicy
    Properties:
      TopicArn: !Ref Topic
      PolicyDocument: { Statement: [${statement('"*"', 'sns:Subscribe')}] }`,
    },
  ],
  unknown: [
    {
      name: 'the policy names its topics through a parameter',
      resource: 'Topic',
      template: `${UNRESOLVED_PARAMETER}
${topicPolicy(statement('"*"', 'sns:Publish'), '[!Ref Target]')}`,
      message: 'TopicPolicy.Topics may name Topic',
    },
    {
      name: 'a condition from a parameter',
      resource: 'Topic',
      template: `${UNRESOLVED_PARAMETER}
${topicPolicy(statement('"*"', 'sns:Publish', `, Condition: {StringEquals: {"aws:SourceAccount": !Ref Target}}`))}`,
    },
  ],
});

const SECRET = `
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties: { Name: app/db }`;

const secretPolicy = (statements: string, secretId = '!Ref Secret') => `
Resources:${SECRET}
  SecretPolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: ${secretId}
      ResourcePolicy:
        Statement:
          - ${statements}`;

ruleCases('secret-not-public', {
  pass: [
    { name: 'a secret without a resource policy', template: `Resources:${SECRET}` },
    {
      name: 'a named role of another account',
      template: secretPolicy(
        statement('{AWS: "arn:aws:iam::444455556666:role/reader"}', 'secretsmanager:GetSecretValue'),
      ),
    },
    {
      name: '"*" confined to the organization',
      template: secretPolicy(
        statement(
          '"*"',
          'secretsmanager:GetSecretValue',
          `, Condition: {StringEquals: {"aws:PrincipalOrgID": o-abc123}}`,
        ),
      ),
    },
  ],
  fail: [
    {
      name: 'Principal "*" through AWS::SecretsManager::ResourcePolicy (the repro)',
      resource: 'Secret',
      template: secretPolicy(statement('"*"', 'secretsmanager:GetSecretValue')),
      message: 'allow any principal (secretsmanager:GetSecretValue)',
    },
    {
      name: 'the policy as JSON text, naming the secret by its name',
      resource: 'Secret',
      template: `
Resources:${SECRET}
  SecretPolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: app/db
      ResourcePolicy: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"secretsmanager:*","Resource":"*"}]}'`,
    },
    {
      name: 'the secret named by its full ARN (name and six-character suffix)',
      resource: 'Secret',
      template: secretPolicy(
        statement('"*"', 'secretsmanager:GetSecretValue'),
        'arn:aws:secretsmanager:us-east-1:111122223333:secret:app/db-AbC123',
      ),
    },
  ],
  unknown: [
    {
      name: 'the policy names its secret through a parameter',
      resource: 'Secret',
      template: `${UNRESOLVED_PARAMETER}
${secretPolicy(statement('"*"', 'secretsmanager:GetSecretValue'), '!Ref Target')}`,
      message: 'SecretPolicy.SecretId may name Secret',
    },
    {
      name: 'the policy document from a parameter',
      resource: 'Secret',
      template: `${UNRESOLVED_PARAMETER}
Resources:${SECRET}
  SecretPolicy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: !Ref Secret
      ResourcePolicy: !Ref Target`,
    },
  ],
});
