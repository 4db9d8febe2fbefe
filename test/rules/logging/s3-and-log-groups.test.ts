import { ruleCases } from '../../support/rule-cases.js';

const PLAIN = `
Resources:
  Bucket:
    Type: AWS::S3::Bucket`;

ruleCases('s3-access-logging', {
  pass: [
    {
      name: 'logs to a log bucket of the template',
      resource: 'Bucket',
      template: `
Resources:
  Logs:
    Type: AWS::S3::Bucket
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: { DestinationBucketName: !Ref Logs, LogFilePrefix: bucket/ }`,
    },
  ],
  fail: [{ name: 'a bucket without LoggingConfiguration', template: PLAIN, message: 'off' }],
  unknown: [
    {
      name: 'LoggingConfiguration behind an undecided condition',
      template: `
Parameters:
  Env: { Type: String }
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      LoggingConfiguration: !If [Prod, { DestinationBucketName: central-logs }, !Ref AWS::NoValue]`,
    },
  ],
});

ruleCases('s3-event-notifications', {
  pass: [
    {
      name: 'EventBridge enabled',
      template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } }`,
    },
    {
      name: "CDK's notification custom resource names the bucket",
      resource: 'Bucket',
      template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  BucketNotifications:
    Type: Custom::S3BucketNotifications
    Properties:
      ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:handler
      BucketName: !Ref Bucket
      NotificationConfiguration:
        QueueConfigurations: [{ Events: ['s3:ObjectCreated:*'], QueueArn: arn:aws:sqs:us-east-1:111122223333:q }]`,
    },
  ],
  fail: [{ name: 'no notification configuration', template: PLAIN }],
  unknown: [
    {
      name: 'EventBridge flag from a parameter',
      template: `
Parameters:
  Flag: { Type: String }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: !Ref Flag } }`,
    },
  ],
});

const logGroup = (retention: string) => `
Parameters:
  Days: { Type: Number }
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties: { ${retention} }`;

ruleCases('log-group-retention', {
  pass: [
    { name: 'one year', template: logGroup('RetentionInDays: 365') },
    { name: 'ten years', template: logGroup('RetentionInDays: 3653') },
    { name: 'unset: events never expire', template: logGroup(''), message: 'never expire' },
    {
      name: 'ninety days, under a team minimum of 90',
      settings: { minRetentionDays: 90 },
      template: logGroup('RetentionInDays: 90'),
      says: 'events are kept 90 days',
      evidence: { retentionInDays: 90, minimumDays: 90 },
    },
  ],
  fail: [
    { name: 'ninety days', template: logGroup('RetentionInDays: 90'), message: 'only 90 days' },
    { name: 'one day short of a year', template: logGroup('RetentionInDays: 364') },
    {
      name: 'one year, under a team minimum of 400 days',
      settings: { minRetentionDays: 400 },
      template: logGroup('RetentionInDays: 365'),
      says: 'events are kept only 365 days (at least 400 required)',
      evidence: { retentionInDays: 365, minimumDays: 400 },
    },
  ],
  unknown: [{ name: 'retention from a parameter', template: logGroup('RetentionInDays: !Ref Days') }],
});
