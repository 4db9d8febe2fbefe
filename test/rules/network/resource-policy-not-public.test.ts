/**
 * Resource policies a template sets on a bucket, queue, topic or secret it
 * does not create, and Lambda permissions on a function it does not create:
 * an Allow to "*" without a confining condition FAILs (as cfn-nag
 * F13/F16/F18/F21 and Checkov CKV_AWS_70 flag the policy or permission
 * resource), a document the template leaves undecided is UNKNOWN, never PASS.
 */
import { ruleCases } from '../../support/rule-cases.js';

const statement = (principal: string, action: string, condition = '') =>
  `{Effect: Allow, Principal: ${principal}, Action: "${action}", Resource: "*"${condition}}`;

const ORG = `, Condition: {StringEquals: {"aws:PrincipalOrgID": o-abc123}}`;
const ACCOUNT = `, Condition: {StringEquals: {"aws:SourceAccount": "111122223333"}}`;

const bucketPolicy = (statements: string, bucket = 'existing-data-bucket') => `
Resources:
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${bucket}
      PolicyDocument:
        Statement:
          - ${statements}`;

const queuePolicy = (statements: string) => `
Resources:
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/111122223333/legacy-orders]
      PolicyDocument:
        Statement:
          - ${statements}`;

const topicPolicy = (statements: string) => `
Resources:
  Policy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [arn:aws:sns:us-east-1:111122223333:alerts]
      PolicyDocument:
        Statement:
          - ${statements}`;

/** An AWS::Lambda::Permission on `target` with extra properties. */
const permission = (target: string, properties = '', principal = "'*'") => `
Resources:
  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: ${target}
      Action: lambda:InvokeFunction
      Principal: ${principal}${properties}`;

const LEGACY_ARN = 'arn:aws:lambda:us-east-1:111122223333:function:legacy';

ruleCases('resource-policy-not-public', {
  pass: [
    {
      name: 'a bucket policy granting a named account',
      template: bucketPolicy(statement('{AWS: "arn:aws:iam::111122223333:root"}', 's3:GetObject')),
      says: 'bucket policy on existing-data-bucket, not a resource of the scanned templates: no statement allows an unrestricted principal',
    },
    {
      name: '"*" confined to the organization (aws:PrincipalOrgID)',
      template: bucketPolicy(statement('"*"', 's3:GetObject', ORG)),
    },
    {
      name: 'a queue policy: a service confined by aws:SourceAccount',
      template: queuePolicy(statement('{Service: sns.amazonaws.com}', 'sqs:SendMessage', ACCOUNT)),
    },
    {
      name: 'a topic policy: "*" confined by aws:SourceAccount',
      template: topicPolicy(statement('"*"', 'sns:Publish', ACCOUNT)),
    },
    {
      name: 'a Lambda permission for "*" on an outside function, confined by SourceArn',
      template: permission(LEGACY_ARN, '\n      SourceArn: arn:aws:s3:::uploads-bucket'),
      says: `permission on ${LEGACY_ARN}, not a resource of the scanned templates: no statement allows an unrestricted principal`,
    },
    {
      name: 'a Lambda permission for a service, confined by SourceAccount',
      template: permission('legacy', '\n      SourceAccount: "111122223333"', 's3.amazonaws.com'),
    },
  ],
  fail: [
    {
      name: 'a Lambda permission for "*" on a function outside the templates (by ARN)',
      template: permission(LEGACY_ARN),
      says: `permission on ${LEGACY_ARN}, not a resource of the scanned templates: 1 statement(s) allow any principal (lambda:InvokeFunction)`,
      evidence: { statements: 1, public: 1, targetKind: 'lambda-function', targets: [LEGACY_ARN] },
    },
    {
      name: 'a public function URL (auth type NONE) on an outside function, by name',
      template: `
Resources:
  Url:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: legacy
      Action: lambda:InvokeFunctionUrl
      Principal: '*'
      FunctionUrlAuthType: NONE`,
      message:
        'permission on legacy, not a resource of the scanned templates: 1 statement(s) allow any principal (lambda:InvokeFunctionUrl)',
    },
    {
      name: 'a Lambda permission for "*" on an imported function: it may be outside, the grant is judged',
      template: permission('!ImportValue legacy-function-arn'),
      message: /permission on an unresolved target \(.*legacy-function-arn.*\)/,
    },
    {
      name: 'the probe: an existing bucket made public',
      template: bucketPolicy(statement('"*"', 's3:GetObject')),
      says:
        'bucket policy on existing-data-bucket, not a resource of the scanned templates: 1 statement(s) allow any ' +
        "principal (s3:GetObject); the bucket's Block Public Access settings, not in the templates, decide whether S3 accepts it",
      evidence: { statements: 1, public: 1, targetKind: 's3-bucket', targets: ['existing-data-bucket'] },
    },
    {
      name: 'a bucket named through a parameter without a value: it may be outside, the grant is judged',
      template: `
Parameters:
  BucketName: { Type: String }
${bucketPolicy(statement('"*"', 's3:GetObject'), '!Ref BucketName')}`,
      message: /an unresolved target \(.*BucketName.*\)/,
    },
    {
      name: 'a queue policy on an existing queue URL',
      template: queuePolicy(statement('"*"', 'sqs:SendMessage')),
      message: 'queue policy on https://sqs.us-east-1.amazonaws.com/111122223333/legacy-orders',
    },
    {
      name: 'a topic policy on an existing topic ARN',
      template: topicPolicy(statement('{AWS: "*"}', 'sns:Subscribe')),
      message: 'topic policy on arn:aws:sns:us-east-1:111122223333:alerts',
    },
    {
      name: 'a secret resource policy on an existing secret',
      template: `
Resources:
  Policy:
    Type: AWS::SecretsManager::ResourcePolicy
    Properties:
      SecretId: arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf
      ResourcePolicy:
        Statement:
          - ${statement('"*"', 'secretsmanager:GetSecretValue')}`,
      message: 'resource policy on arn:aws:secretsmanager',
    },
    {
      name: 'a negated condition confines nothing',
      template: bucketPolicy(
        statement('"*"', 's3:GetObject', `, Condition: {StringNotEquals: {"aws:PrincipalOrgID": o-abc123}}`),
      ),
    },
  ],
  unknown: [
    {
      name: 'a Lambda permission whose Principal comes from a parameter without a value',
      template: `
Parameters:
  Caller: { Type: String }
${permission(LEGACY_ARN, '', '!Ref Caller')}`,
    },
    {
      name: 'a statement chosen by an undecided Fn::If',
      template: `
Parameters:
  Open: { Type: String, AllowedValues: ['yes', 'no'] }
Conditions:
  IsOpen: !Equals [!Ref Open, 'yes']
Resources:
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: existing-data-bucket
      PolicyDocument:
        Statement:
          - !If [IsOpen, ${statement('"*"', 's3:GetObject')}, ${statement('{AWS: "111122223333"}', 's3:GetObject')}]`,
    },
    {
      name: 'the document is imported from another stack',
      template: `
Resources:
  Policy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [https://sqs.us-east-1.amazonaws.com/111122223333/legacy-orders]
      PolicyDocument: !ImportValue shared-queue-policy`,
    },
  ],
});
