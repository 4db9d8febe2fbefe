/**
 * False PASSes (and false FAILs) of SAM templates: what the SAM translator
 * creates from a Function's or StateMachine's Policies, FunctionUrlConfig,
 * Logging, DeadLetterQueue and S3 events must reach the rules exactly as the
 * hand-written CloudFormation equivalent does.
 */
import { ruleCases } from '../support/rule-cases.js';

const SAM = 'Transform: AWS::Serverless-2016-10-31';
const FUNCTION = 'Runtime: python3.12, Handler: app.handler, InlineCode: x';

const ADMIN_FUNCTION = `${SAM}
Resources:
  AdminFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      InlineCode: x
      Policies:
        - AdministratorAccess
        - Statement:
            - Effect: Allow
              Action: '*'
              Resource: '*'`;

const ADMIN_STATE_MACHINE = `${SAM}
Resources:
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }
      Policies:
        - Statement: [{ Effect: Allow, Action: '*', Resource: '*' }]`;

const POLICY_TEMPLATE = `${SAM}
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ').replace(/: /g, ': ')}
      Policies:
        - SQSPollerPolicy: { QueueName: !GetAtt Queue.QueueName }`;

const MANAGED_ONLY = `${SAM}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ')}
      Policies: [AWSLambdaExecute, 'arn:aws:iam::123456789012:policy/reader']`;

ruleCases('iam-no-admin-policy', {
  fail: [
    {
      name: 'a Function statement document allowing * on * is an inline policy of its generated role',
      resource: 'template/AdminFnRole',
      message: 'inline AdminFnRolePolicy1',
      template: ADMIN_FUNCTION,
    },
    {
      name: 'a StateMachine statement document allowing * on * is an inline policy of its generated role',
      resource: 'template/MachineRole',
      message: 'inline MachineRolePolicy0',
      template: ADMIN_STATE_MACHINE,
    },
  ],
  unknown: [
    {
      name: 'a SAM policy template expands to a document the scanner does not model',
      resource: 'template/FnRole',
      message: 'Fn.Policies item 1 is the SAM policy template SQSPollerPolicy',
      template: POLICY_TEMPLATE,
    },
  ],
  notApplicable: [
    {
      name: 'managed policies by name and ARN are judged on themselves, not on the role',
      resource: 'template/FnRole',
      template: MANAGED_ONLY,
    },
  ],
});

ruleCases('iam-inline-no-privilege-escalation', {
  fail: [
    { name: 'a Function statement allowing *', resource: 'template/AdminFnRole', template: ADMIN_FUNCTION },
  ],
  unknown: [{ name: 'a SAM policy template', resource: 'template/FnRole', template: POLICY_TEMPLATE }],
});

ruleCases('iam-no-inline-policies', {
  fail: [
    {
      name: 'a Function statement document',
      resource: 'template/AdminFnRole',
      message: 'AdminFnRolePolicy1',
      template: ADMIN_FUNCTION,
    },
    {
      name: 'a SAM policy template is an inline policy whatever its document',
      resource: 'template/FnRole',
      message: 'FnRolePolicy0',
      template: POLICY_TEMPLATE,
    },
    {
      name: 'a DeadLetterQueue adds the inline DeadLetterQueuePolicy',
      resource: 'template/FnRole',
      message: 'DeadLetterQueuePolicy',
      template: `${SAM}
Resources:
  Dlq:
    Type: AWS::SQS::Queue
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ')}
      DeadLetterQueue: { Type: SQS, TargetArn: !GetAtt Dlq.Arn }`,
    },
  ],
  pass: [{ name: 'managed policies only', resource: 'template/FnRole', template: MANAGED_ONLY }],
});

const URL_FUNCTION = (authType: string) => `${SAM}
Resources:
  UrlFn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ')}
      FunctionUrlConfig:
        AuthType: ${authType}`;

ruleCases('lambda-not-public', {
  fail: [
    {
      name: 'FunctionUrlConfig AuthType NONE creates the public UrlPublicPermissions permission',
      resource: 'UrlFn',
      message: 'lambda:InvokeFunctionUrl',
      template: URL_FUNCTION('NONE'),
    },
    {
      name: 'FunctionUrlConfig AuthType NONE from Globals',
      resource: 'UrlFn',
      template: `${SAM}
Globals:
  Function:
    FunctionUrlConfig: { AuthType: NONE }
Resources:
  UrlFn:
    Type: AWS::Serverless::Function
    Properties: { ${FUNCTION} }`,
    },
  ],
  pass: [
    {
      name: 'FunctionUrlConfig AuthType AWS_IAM adds no permission',
      resource: 'UrlFn',
      template: URL_FUNCTION('AWS_IAM'),
    },
    {
      name: 'an S3 event permits s3.amazonaws.com only',
      resource: 'Fn',
      template: `${SAM}
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ')}
      Events:
        Up: { Type: S3, Properties: { Bucket: !Ref Bucket, Events: 's3:ObjectCreated:*' } }`,
    },
  ],
});

ruleCases('sfn-state-machine-logging', {
  pass: [
    {
      name: 'SAM Logging becomes the state machine LoggingConfiguration',
      resource: 'Machine',
      template: `${SAM}
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }
      Logging:
        Level: ALL
        IncludeExecutionData: true
        Destinations:
          - CloudWatchLogsLogGroup: { LogGroupArn: !GetAtt Logs.Arn }`,
    },
  ],
  fail: [
    {
      name: 'a SAM state machine without Logging logs nothing',
      resource: 'Machine',
      template: `${SAM}
Resources:
  Machine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }`,
    },
  ],
});

ruleCases('lambda-dead-letter-queue', {
  pass: [
    {
      name: 'SAM DeadLetterQueue becomes DeadLetterConfig.TargetArn',
      resource: 'Fn',
      template: `${SAM}
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ')}
      DeadLetterQueue: { Type: SNS, TargetArn: !Ref Topic }`,
    },
  ],
});

const S3_EVENT = (notification: string) => `${SAM}
Resources:
  Bucket:
    Type: AWS::S3::Bucket${notification}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      ${FUNCTION.replace(/, /g, '\n      ')}
      Events:
        Up:
          Type: S3
          Properties: { Bucket: !Ref Bucket, Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] }`;

ruleCases('s3-event-notifications', {
  pass: [
    {
      name: 'an S3 event of a SAM function adds a LambdaConfigurations entry to its bucket',
      resource: 'Bucket',
      template: S3_EVENT(''),
    },
    {
      name: 'and keeps the bucket own NotificationConfiguration',
      resource: 'Bucket',
      template: S3_EVENT(`
    Properties:
      NotificationConfiguration:
        EventBridgeConfiguration: { EventBridgeEnabled: false }`),
    },
  ],
  fail: [
    {
      name: 'a bucket no S3 event names',
      resource: 'Other',
      template: `${S3_EVENT('')}
  Other:
    Type: AWS::S3::Bucket`,
    },
  ],
});
