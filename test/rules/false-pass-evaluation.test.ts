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

const UNDECIDED = `
Parameters:
  P: { Type: String }
Conditions:
  C: !Equals [!Ref P, 'yes']`;

ruleCases('sg-no-public-admin-ports', {
  pass: [
    {
      name: 'whole Properties from Fn::If, decided by a given parameter',
      parameters: { P: 'yes' },
      template: `${UNDECIDED}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: !If
      - C
      - GroupDescription: closed
      - GroupDescription: open
        SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]`,
    },
  ],
  unknown: [
    {
      name: 'whole Properties from Fn::If on an undecided condition',
      resource: 'Sg',
      message: 'Properties of Sg cannot be resolved',
      template: `${UNDECIDED}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: !If
      - C
      - GroupDescription: closed
      - GroupDescription: open
        SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]`,
    },
    {
      name: 'whole Properties from Fn::Transform (AWS::Include)',
      resource: 'Sg',
      message: 'Fn::Transform',
      template: `
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      Fn::Transform: { Name: AWS::Include, Parameters: { Location: 's3://bucket/sg-props.yaml' } }`,
    },
    {
      name: 'a standalone ingress whose whole Properties is undecided',
      resource: 'Sg',
      template: `${UNDECIDED}
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: x }
  Ingress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: !If
      - C
      - { GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
      - { GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }`,
    },
  ],
});

const backedUpTable = (selection: string, tagValue: string) => `
Parameters:
  BackupTier: { Type: String }
Resources:
  Vault:
    Type: AWS::Backup::BackupVault
    Properties: { BackupVaultName: v }
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: p
        BackupPlanRule:
          - { RuleName: r, TargetBackupVault: !Ref Vault, ScheduleExpression: cron(0 5 * * ? *), Lifecycle: { DeleteAfterDays: 35 } }
  Selection:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: s
        IamRoleArn: arn:aws:iam::111122223333:role/backup
${selection}
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: k, AttributeType: S }]
      KeySchema: [{ AttributeName: k, KeyType: HASH }]
      Tags: [{ Key: backup, Value: ${tagValue} }]`;

const ALL_BUT_OPTED_OUT = `        Resources: ['*']
        Conditions:
          StringNotEquals: [{ ConditionKey: aws:ResourceTag/backup, ConditionValue: none }]`;
const DAILY_TAG = `        ListOfTags: [{ ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily }]`;

ruleCases('backup-protects-data-stores', {
  pass: [
    {
      name: 'opt-out condition, tag given a value other than the opt-out',
      resource: 'Table',
      parameters: { BackupTier: 'daily' },
      template: backedUpTable(ALL_BUT_OPTED_OUT, '!Ref BackupTier'),
    },
    {
      name: 'ListOfTags matching a literal tag',
      resource: 'Table',
      template: backedUpTable(DAILY_TAG, 'daily'),
    },
  ],
  fail: [
    {
      name: 'opt-out condition, tag given the opt-out value',
      resource: 'Table',
      parameters: { BackupTier: 'none' },
      template: backedUpTable(ALL_BUT_OPTED_OUT, '!Ref BackupTier'),
    },
  ],
  unknown: [
    {
      name: 'opt-out condition on a tag whose value is a parameter without value',
      resource: 'Table',
      message: 'Table.Tags.backup',
      template: backedUpTable(ALL_BUT_OPTED_OUT, '!Ref BackupTier'),
    },
    {
      name: 'ListOfTags on a tag whose value is a parameter without value',
      resource: 'Table',
      message: 'Table.Tags.backup',
      template: backedUpTable(DAILY_TAG, '!Ref BackupTier'),
    },
  ],
});
