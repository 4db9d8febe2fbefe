import { ruleCases } from '../../support/rule-cases.js';

const doc = (statements: string) => `{ Version: '2012-10-17', Statement: ${statements} }`;

ruleCases('iam-no-admin-policy', {
  pass: [
    {
      name: 'a managed policy with specific actions on a bucket from the template',
      resource: 'ReadPolicy',
      template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  ReadPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("[{ Effect: Allow, Action: ['s3:GetObject'], Resource: !Sub '${Bucket.Arn}/*' }]")}`,
    },
    {
      name: 'a Deny of everything grants nothing',
      template: `
Resources:
  Guard:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Deny, Action: '*', Resource: '*' }")}`,
    },
    {
      name: 'specific actions: an unresolved Resource does not matter',
      resource: 'Policy',
      template: `
Parameters:
  Target: { Type: String }
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("[{ Effect: Allow, Action: 'sqs:SendMessage', Resource: !Ref Target }]")}`,
    },
  ],
  fail: [
    {
      name: 'a managed policy allowing * on *',
      message: 'statement 1 allow every action',
      template: `
Resources:
  Admin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: '*', Resource: '*' }")}`,
    },
    {
      name: 'an inline role policy allowing *:* as a list',
      message: 'inline root',
      resource: 'Role',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${doc("[{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: 'sts:AssumeRole' }]")}
      Policies:
        - PolicyName: root
          PolicyDocument: ${doc("[{ Effect: Allow, Action: ['s3:*'], Resource: '*' }, { Effect: Allow, Action: ['*:*'], Resource: ['*'] }]")}`,
    },
    {
      name: 'an AWS::IAM::Policy with NotAction on every resource',
      message: 'statement 1',
      template: `
Resources:
  Power:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: power
      Roles: [some-role]
      PolicyDocument: ${doc("{ Effect: Allow, NotAction: 'iam:*', Resource: '*' }")}`,
    },
  ],
  unknown: [
    {
      name: 'Action from a parameter without default',
      template: `
Parameters:
  Actions: { Type: CommaDelimitedList }
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: !Ref Actions, Resource: '*' }")}`,
    },
    {
      name: 'every action on a resource from a parameter (it could be *)',
      template: `
Parameters:
  Target: { Type: String }
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: '*', Resource: !Ref Target }")}`,
    },
  ],
  notApplicable: [
    {
      name: 'a role without inline policies (its managed ones are judged on themselves)',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${doc("[{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: 'sts:AssumeRole' }]")}
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']`,
    },
  ],
});

ruleCases('iam-no-full-cloudtrail-access', {
  pass: [
    {
      name: 'read-only CloudTrail actions',
      template: `
Resources:
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: ['cloudtrail:LookupEvents', 'cloudtrail:Describe*'], Resource: '*' }")}`,
    },
  ],
  fail: [
    {
      name: 'cloudtrail:* on every resource',
      message: 'every CloudTrail action',
      template: `
Resources:
  TrailAdmin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'CloudTrail:*', Resource: '*' }")}`,
    },
  ],
  unknown: [
    {
      name: 'cloudtrail:* on a resource from a parameter',
      template: `
Parameters:
  Target: { Type: String }
Resources:
  TrailAdmin:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'cloudtrail:*', Resource: !Ref Target }")}`,
    },
  ],
});

ruleCases('iam-no-marketplace-subscribe-wildcard', {
  pass: [
    {
      name: 'Subscribe limited to approved products by a condition',
      template: `
Resources:
  Buyer:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'aws-marketplace:Subscribe', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'aws-marketplace:ProductId': ['prod-1'] } } }")}`,
    },
  ],
  fail: [
    {
      name: 'aws-marketplace:* on every resource',
      message: 'aws-marketplace:Subscribe',
      template: `
Resources:
  Buyer:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'aws-marketplace:*', Resource: '*' }")}`,
    },
  ],
  unknown: [
    {
      name: 'a Statement from a parameter',
      template: `
Parameters:
  Statement: { Type: String }
Resources:
  Buyer:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Version: '2012-10-17', Statement: !Ref Statement }`,
    },
  ],
});

ruleCases('iam-inline-no-privilege-escalation', {
  pass: [
    {
      name: 'an inline policy reading a queue',
      template: `
Resources:
  Reader:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: worker
      PolicyName: read
      PolicyDocument: ${doc("{ Effect: Allow, Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: '*' }")}`,
    },
    {
      name: 'iam:PassRole without a way to run compute with it',
      template: `
Resources:
  Passer:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: pass
      Roles: [deployer]
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'iam:PassRole', Resource: '*' }")}`,
    },
    {
      name: 'iam:* allowed but denied again on every resource',
      template: `
Resources:
  Fenced:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: fenced
      Roles: [deployer]
      PolicyDocument: ${doc("[{ Effect: Allow, Action: ['s3:*'], Resource: '*' }, { Effect: Deny, Action: 'iam:*', Resource: '*' }, { Effect: Allow, Action: 'iam:Get*', Resource: '*' }]")}`,
    },
  ],
  fail: [
    {
      name: 'PassRole with ec2:RunInstances',
      message: 'iam:PassRole + ec2:RunInstances',
      template: `
Resources:
  Launcher:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: launch
      Roles: [ci]
      PolicyDocument: ${doc("[{ Effect: Allow, Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app' }, { Effect: Allow, Action: 'ec2:Run*', Resource: '*' }]")}`,
    },
    {
      name: "iam:Put* in a user's embedded policy",
      message: 'iam:PutUserPolicy',
      resource: 'Dev',
      template: `
Resources:
  Dev:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: self-service
          PolicyDocument: ${doc("{ Effect: Allow, Action: 'iam:Put*', Resource: '*' }")}`,
    },
  ],
  unknown: [
    {
      name: 'actions from a parameter',
      template: `
Parameters:
  Actions: { Type: CommaDelimitedList }
Resources:
  Anything:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: anything
      Roles: [ci]
      PolicyDocument: ${doc("{ Effect: Allow, Action: !Ref Actions, Resource: '*' }")}`,
    },
  ],
  notApplicable: [
    {
      name: 'a customer-managed policy (inline policies only)',
      template: `
Resources:
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'iam:*', Resource: '*' }")}`,
    },
  ],
});

const ROLE_TRUST = doc(
  "[{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]",
);

ruleCases('iam-no-inline-policies', {
  pass: [
    {
      name: 'a role with a managed policy only',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']`,
    },
  ],
  fail: [
    {
      name: 'a role with an embedded policy',
      message: 'inline policies: logs',
      resource: 'Role',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
      Policies:
        - PolicyName: logs
          PolicyDocument: ${doc("{ Effect: Allow, Action: 'logs:PutLogEvents', Resource: '*' }")}`,
    },
    {
      name: 'a role named by an AWS::IAM::Policy (what CDK addToPolicy synthesizes)',
      message: 'RoleDefaultPolicy',
      resource: 'Role',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
  RoleDefaultPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: RoleDefaultPolicy
      Roles: [!Ref Role]
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'sqs:SendMessage', Resource: '*' }")}`,
    },
  ],
  unknown: [
    {
      name: 'an AWS::IAM::Policy whose Roles come from a parameter may name the role',
      resource: 'Role',
      template: `
Parameters:
  Roles: { Type: CommaDelimitedList }
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: !Ref Roles
      PolicyDocument: ${doc("{ Effect: Allow, Action: 'sqs:SendMessage', Resource: '*' }")}`,
    },
  ],
});

ruleCases('iam-users-no-direct-policies', {
  pass: [
    {
      name: 'a user who gets access through a group',
      resource: 'Alice',
      template: `
Resources:
  Team:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess']
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Team]`,
    },
  ],
  fail: [
    {
      name: 'a customer-managed policy naming the user',
      message: 'managed',
      resource: 'Bob',
      template: `
Resources:
  Bob:
    Type: AWS::IAM::User
  BobPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [!Ref Bob]
      PolicyDocument: ${doc("{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }")}`,
    },
  ],
  unknown: [
    {
      name: 'ManagedPolicyArns from a parameter without default',
      template: `
Parameters:
  Arns: { Type: CommaDelimitedList }
Resources:
  Carol:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: !Ref Arns`,
    },
  ],
});

ruleCases('iam-user-in-group', {
  pass: [
    {
      name: 'added by an AWS::IAM::UserToGroupAddition',
      resource: 'Dan',
      template: `
Resources:
  Team:
    Type: AWS::IAM::Group
  Dan:
    Type: AWS::IAM::User
  Join:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Team
      Users: [!Ref Dan]`,
    },
  ],
  fail: [
    {
      name: 'a user in no group',
      message: 'no group',
      template: `
Resources:
  Erin:
    Type: AWS::IAM::User`,
    },
  ],
  unknown: [
    {
      name: 'Groups from a parameter',
      template: `
Parameters:
  Groups: { Type: CommaDelimitedList }
Resources:
  Frank:
    Type: AWS::IAM::User
    Properties:
      Groups: !Ref Groups`,
    },
  ],
});

ruleCases('iam-group-not-empty', {
  pass: [
    {
      name: 'a user of the template joins it',
      resource: 'Team',
      template: `
Resources:
  Team:
    Type: AWS::IAM::Group
  Gina:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Team]`,
    },
  ],
  // Templates cannot show an empty group: members may be added outside them. The FAIL case is live.
  unknown: [
    {
      name: 'no user of the template joins it',
      message: 'members may be added outside it',
      template: `
Resources:
  Lonely:
    Type: AWS::IAM::Group`,
    },
  ],
});

ruleCases('iam-customer-policy-attached', {
  pass: [
    {
      name: "attached through a role's ManagedPolicyArns",
      resource: 'Policy',
      template: `
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }")}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
      ManagedPolicyArns: [!Ref Policy]`,
    },
  ],
  unknown: [
    {
      name: 'attached by nothing in the template (another stack may attach it by ARN)',
      message: 'another stack may',
      template: `
Resources:
  Orphan:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: ${doc("{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }")}`,
    },
  ],
});

ruleCases('iam-no-bedrock-full-access', {
  pass: [
    {
      name: 'a role with invoke rights only',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']`,
    },
  ],
  fail: [
    {
      name: 'AmazonBedrockFullAccess through a partition Sub',
      message: 'AmazonBedrockFullAccess',
      template: `
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
      ManagedPolicyArns: [!Sub 'arn:\${AWS::Partition}:iam::aws:policy/AmazonBedrockFullAccess']`,
    },
  ],
  unknown: [
    {
      name: 'ManagedPolicyArns from a parameter',
      template: `
Parameters:
  Arns: { Type: CommaDelimitedList }
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: ${ROLE_TRUST}
      ManagedPolicyArns: !Ref Arns`,
    },
  ],
});
