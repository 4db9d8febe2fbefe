import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const OPEN = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: action, Resource: '*' }],
});
const ORGANIZATION_ONLY = (action: string) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: action,
      Resource: '*',
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } },
    },
  ],
});

const regionOf = (account: FakeAccount): FakeRegion => (account.regions[PARITY_REGION] ??= {});

const QUEUE_ARN = (name: string) => `arn:aws:sqs:${PARITY_REGION}:${PARITY_ACCOUNT}:${name}`;

function addQueue(account: FakeAccount, name: string, policy: object): void {
  const sqs = (regionOf(account).sqs ??= { queues: [] });
  sqs.queues.push({
    url: `https://sqs.${PARITY_REGION}.amazonaws.com/${PARITY_ACCOUNT}/${name}`,
    attributes: { QueueArn: QUEUE_ARN(name), SqsManagedSseEnabled: 'true', Policy: JSON.stringify(policy) },
  });
}

const queueTemplate = (logicalId: string, policy: object) => ({
  logicalId,
  resources: {
    [logicalId]: { Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: true } },
    [`${logicalId}Policy`]: {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: { Queues: [{ Ref: logicalId }], PolicyDocument: policy },
    },
  },
});

parityCases('sqs-queue-not-public', [
  {
    name: 'open to anyone',
    status: 'FAIL',
    template: queueTemplate('OpenQueue', OPEN('sqs:SendMessage')),
    live: { id: QUEUE_ARN('open'), add: (account) => addQueue(account, 'open', OPEN('sqs:SendMessage')) },
  },
  {
    name: 'confined to the organization',
    status: 'PASS',
    template: queueTemplate('OrgQueue', ORGANIZATION_ONLY('sqs:SendMessage')),
    live: {
      id: QUEUE_ARN('org'),
      add: (account) => addQueue(account, 'org', ORGANIZATION_ONLY('sqs:SendMessage')),
    },
  },
]);

const TOPIC_ARN = (name: string) => `arn:aws:sns:${PARITY_REGION}:${PARITY_ACCOUNT}:${name}`;

function addTopic(account: FakeAccount, name: string, policy: object): void {
  const sns = (regionOf(account).sns ??= { topics: [] });
  sns.topics.push({ arn: TOPIC_ARN(name), attributes: { Policy: JSON.stringify(policy) } });
}

const topicTemplate = (logicalId: string, policy: object) => ({
  logicalId,
  resources: {
    [logicalId]: { Type: 'AWS::SNS::Topic' },
    [`${logicalId}Policy`]: {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: { Topics: [{ Ref: logicalId }], PolicyDocument: policy },
    },
  },
});

parityCases('sns-topic-not-public', [
  {
    name: 'open to anyone',
    status: 'FAIL',
    template: topicTemplate('OpenTopic', OPEN('sns:Publish')),
    live: { id: TOPIC_ARN('open'), add: (account) => addTopic(account, 'open', OPEN('sns:Publish')) },
  },
  {
    name: 'confined to the organization',
    status: 'PASS',
    template: topicTemplate('OrgTopic', ORGANIZATION_ONLY('sns:Publish')),
    live: {
      id: TOPIC_ARN('org'),
      add: (account) => addTopic(account, 'org', ORGANIZATION_ONLY('sns:Publish')),
    },
  },
]);

const SECRET_ARN = (name: string) =>
  `arn:aws:secretsmanager:${PARITY_REGION}:${PARITY_ACCOUNT}:secret:${name}-AbC123`;

function addSecret(account: FakeAccount, name: string, policy: object | undefined): void {
  const secretsmanager = (regionOf(account).secretsmanager ??= { secrets: [] });
  secretsmanager.secrets.push({ ARN: SECRET_ARN(name), Name: name });
  if (policy) (secretsmanager.resourcePolicies ??= {})[SECRET_ARN(name)] = JSON.stringify(policy);
}

const secretTemplate = (logicalId: string, policy: object | undefined) => ({
  logicalId,
  resources: {
    [logicalId]: { Type: 'AWS::SecretsManager::Secret' },
    ...(policy && {
      [`${logicalId}Policy`]: {
        Type: 'AWS::SecretsManager::ResourcePolicy',
        Properties: { SecretId: { Ref: logicalId }, ResourcePolicy: policy },
      },
    }),
  },
});

parityCases('secret-not-public', [
  {
    name: 'open to anyone',
    status: 'FAIL',
    template: secretTemplate('OpenSecret', OPEN('secretsmanager:GetSecretValue')),
    live: {
      id: SECRET_ARN('open'),
      add: (account) => addSecret(account, 'open', OPEN('secretsmanager:GetSecretValue')),
    },
  },
  {
    name: 'confined to the organization',
    status: 'PASS',
    template: secretTemplate('OrgSecret', ORGANIZATION_ONLY('secretsmanager:GetSecretValue')),
    live: {
      id: SECRET_ARN('org'),
      add: (account) => addSecret(account, 'org', ORGANIZATION_ONLY('secretsmanager:GetSecretValue')),
    },
  },
  {
    name: 'no resource policy',
    status: 'PASS',
    template: secretTemplate('PlainSecret', undefined),
    live: { id: SECRET_ARN('plain'), add: (account) => addSecret(account, 'plain', undefined) },
  },
]);
