/**
 * False PASSes closed in the template evaluator: values CloudFormation knows
 * only at deploy time (dynamic references, custom resources' attributes, a
 * whole Properties that cannot be resolved, unresolved tags) give UNKNOWN.
 */
import { ruleCases } from '../support/rule-cases.js';

const adminIngress = (cidr: string) => `
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: admin access
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: ${cidr} }`;

ruleCases('sg-no-public-admin-ports', {
  pass: [{ name: 'a literal private CIDR', template: adminIngress('10.0.0.0/8') }],
  unknown: [
    {
      name: 'CIDR from an SSM dynamic reference',
      message: '{{resolve:ssm:/network/admin-cidr}}',
      template: adminIngress('"{{resolve:ssm:/network/admin-cidr}}"'),
    },
    {
      name: 'CIDR from a dynamic reference built with Fn::Sub',
      message: '{{resolve:ssm:/network/prod/admin-cidr}}',
      template: `
Parameters:
  Env: { Type: String, Default: prod }
${adminIngress('!Sub "{{resolve:ssm:/network/${Env}/admin-cidr}}"')}`,
    },
    {
      name: 'CIDR from a dynamic reference built with Fn::Join',
      message: 'dynamic reference',
      template: adminIngress('!Join ["", ["{{resolve:", "secretsmanager:cidr:SecretString:v}}"]]'),
    },
    {
      name: 'CIDR from a custom resource attribute',
      message: 'Custom::CidrLookup',
      template: `${adminIngress('!GetAtt Lookup.Cidr')}
  Lookup:
    Type: Custom::CidrLookup
    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:lookup }`,
    },
  ],
});

const policyWithAction = (action: string, extra = '') => `
Resources:${extra}
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Action: ${action}, Resource: '*' }`;

ruleCases('iam-no-admin-policy', {
  pass: [{ name: 'a literal action', resource: 'Policy', template: policyWithAction('s3:GetObject') }],
  unknown: [
    {
      name: 'action from an SSM dynamic reference',
      resource: 'Policy',
      message: '{{resolve:ssm:/iam/allowed-action}}',
      template: policyWithAction('"{{resolve:ssm:/iam/allowed-action}}"'),
    },
    {
      name: 'action from a custom resource attribute',
      resource: 'Policy',
      message: 'whatever its provider returns',
      template: policyWithAction(
        '!GetAtt Lookup.Action',
        `
  Lookup:
    Type: Custom::Lookup
    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:f }`,
      ),
    },
    {
      name: 'action from a custom resource physical id (Ref)',
      resource: 'Policy',
      message: 'custom resource Lookup',
      template: policyWithAction(
        '!Ref Lookup',
        `
  Lookup:
    Type: AWS::CloudFormation::CustomResource
    Properties: { ServiceToken: arn:aws:lambda:us-east-1:111122223333:function:f }`,
      ),
    },
  ],
});

const lambdaPermission = (principal: string) => `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.12, Handler: i.h, Role: !GetAtt Role.Arn, Code: { ZipFile: x } }
  Perm:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: ${principal} }`;

ruleCases('lambda-not-public', {
  pass: [{ name: 'a service principal', resource: 'Fn', template: lambdaPermission('s3.amazonaws.com') }],
  unknown: [
    {
      name: 'principal from an SSM dynamic reference',
      resource: 'Fn',
      message: '{{resolve:ssm:/lambda/invoker}}',
      template: lambdaPermission('"{{resolve:ssm:/lambda/invoker}}"'),
    },
  ],
});

ruleCases('db-deletion-protection', {
  unknown: [
    {
      name: 'flag from a secure SSM dynamic reference',
      message: '{{resolve:ssm-secure:/db/protect}}',
      template: `
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      DeletionProtection: "{{resolve:ssm-secure:/db/protect}}"`,
    },
  ],
});
