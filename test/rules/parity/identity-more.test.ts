/**
 * IAM policy contents, user and group placement, customer policy attachment and CodeBuild
 * credentials give the same verdict from a template and from the loopback AWS. Where a template
 * cannot see the whole account (a group's members, a policy's attachments made by other stacks) it
 * answers UNKNOWN rather than FAIL, so those rules get their PASS shape here only.
 */
import { addGroup, addManagedPolicy, addRole, documentOf } from '../../support/aws-server/iam-fixtures.js';
import type { FakeAccount, FakeIam } from '../../support/aws-server/index.js';
import '../../support/aws-server/services/codebuild-data.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const IAM_ARN = (kind: string, name: string) => `arn:aws:iam::${PARITY_ACCOUNT}:${kind}/${name}`;
const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** A role holding one inline policy of these statements, in a template and in the account. */
function inlineRoleCase(name: string, status: 'PASS' | 'FAIL', roleName: string, ...statements: object[]) {
  const document = documentOf(...statements);
  const logicalId = roleName.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase());
  return {
    name,
    status,
    template: {
      logicalId,
      resources: {
        [logicalId]: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: roleName,
            AssumeRolePolicyDocument: TRUST,
            Policies: [{ PolicyName: 'inline', PolicyDocument: JSON.parse(document) as object }],
          },
        },
      },
    },
    live: {
      id: IAM_ARN('role', roleName),
      add: (account: FakeAccount) => addRole(account, roleName, { inline: { inline: document } }),
    },
  } as const;
}

parityCases('iam-no-full-cloudtrail-access', [
  inlineRoleCase('cloudtrail:* on every resource', 'FAIL', 'trail-admin', {
    Effect: 'Allow',
    Action: 'cloudtrail:*',
    Resource: '*',
  }),
  inlineRoleCase('reading CloudTrail events only', 'PASS', 'trail-reader', {
    Effect: 'Allow',
    Action: ['cloudtrail:LookupEvents', 'cloudtrail:DescribeTrails'],
    Resource: '*',
  }),
]);

parityCases('iam-no-marketplace-subscribe-wildcard', [
  inlineRoleCase('aws-marketplace:Subscribe on every resource', 'FAIL', 'buyer', {
    Effect: 'Allow',
    Action: 'aws-marketplace:Subscribe',
    Resource: '*',
  }),
  inlineRoleCase('aws-marketplace:Subscribe limited by a condition', 'PASS', 'approved-buyer', {
    Effect: 'Allow',
    Action: 'aws-marketplace:Subscribe',
    Resource: '*',
    Condition: { 'ForAnyValue:StringEquals': { 'aws-marketplace:ProductId': ['prod-abc123example'] } },
  }),
]);

parityCases('iam-inline-no-privilege-escalation', [
  inlineRoleCase('iam:CreatePolicyVersion', 'FAIL', 'policy-editor', {
    Effect: 'Allow',
    Action: 'iam:CreatePolicyVersion',
    Resource: '*',
  }),
  inlineRoleCase(
    'iam:PassRole with lambda:CreateFunction and lambda:InvokeFunction',
    'FAIL',
    'lambda-deployer',
    {
      Effect: 'Allow',
      Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
      Resource: '*',
    },
  ),
  inlineRoleCase('iam:PassRole alone', 'PASS', 'role-passer', {
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: '*',
  }),
]);

const iamOf = (account: FakeAccount): FakeIam =>
  (account.iam ??= { users: [], rootMfaEnabled: true, rootAccessKeysPresent: false });

function addUser(
  account: FakeAccount,
  name: string,
  options: { groups?: string[]; managed?: string[] } = {},
): void {
  iamOf(account).users.push({
    user: {
      UserName: name,
      UserId: `AIDA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
      Arn: IAM_ARN('user', name),
      Path: '/',
      CreateDate: new Date('2025-03-01T00:00:00Z'),
    },
    groups: options.groups ?? [],
    attachedPolicies: (options.managed ?? []).map((PolicyArn) => ({
      PolicyArn,
      PolicyName: PolicyArn.split('/').pop(),
    })),
    inlinePolicies: [],
  });
}

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

parityCases('iam-users-no-direct-policies', [
  {
    name: 'a user with a managed policy attached to it',
    status: 'FAIL',
    template: {
      logicalId: 'Direct',
      resources: {
        Direct: {
          Type: 'AWS::IAM::User',
          Properties: { UserName: 'direct', ManagedPolicyArns: [READ_ONLY] },
        },
      },
    },
    live: {
      id: IAM_ARN('user', 'direct'),
      add: (account) => addUser(account, 'direct', { managed: [READ_ONLY] }),
    },
  },
  {
    name: 'a user who gets permissions from a group only',
    status: 'PASS',
    template: {
      logicalId: 'Grouped',
      resources: {
        Grouped: { Type: 'AWS::IAM::User', Properties: { UserName: 'grouped', Groups: ['readers'] } },
      },
    },
    live: {
      id: IAM_ARN('user', 'grouped'),
      add: (account) => addUser(account, 'grouped', { groups: ['readers'] }),
    },
  },
]);

parityCases('iam-user-in-group', [
  {
    name: 'a user in no group',
    status: 'FAIL',
    template: {
      logicalId: 'Loner',
      resources: { Loner: { Type: 'AWS::IAM::User', Properties: { UserName: 'loner' } } },
    },
    live: { id: IAM_ARN('user', 'loner'), add: (account) => addUser(account, 'loner') },
  },
  {
    name: 'a user added to a group by UserToGroupAddition',
    status: 'PASS',
    template: {
      logicalId: 'Member',
      resources: {
        Member: { Type: 'AWS::IAM::User', Properties: { UserName: 'member' } },
        Joining: {
          Type: 'AWS::IAM::UserToGroupAddition',
          Properties: { GroupName: 'operators', Users: [{ Ref: 'Member' }] },
        },
      },
    },
    live: {
      id: IAM_ARN('user', 'member'),
      add: (account) => addUser(account, 'member', { groups: ['operators'] }),
    },
  },
]);

parityCases('iam-group-not-empty', [
  {
    name: 'a group a user joins',
    status: 'PASS',
    template: {
      logicalId: 'Team',
      resources: {
        Team: { Type: 'AWS::IAM::Group', Properties: { GroupName: 'team' } },
        Teammate: { Type: 'AWS::IAM::User', Properties: { UserName: 'teammate', Groups: [{ Ref: 'Team' }] } },
      },
    },
    live: {
      id: IAM_ARN('group', 'team'),
      add: (account) => {
        addGroup(account, 'team');
        addUser(account, 'teammate', { groups: ['team'] });
      },
    },
  },
]);

const QUEUE_WRITER = documentOf({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' });

parityCases('iam-customer-policy-attached', [
  {
    name: 'a customer-managed policy attached to a role',
    status: 'PASS',
    template: {
      logicalId: 'Writer',
      resources: {
        Writer: {
          Type: 'AWS::IAM::ManagedPolicy',
          Properties: {
            ManagedPolicyName: 'writer',
            PolicyDocument: JSON.parse(QUEUE_WRITER) as object,
            Roles: [{ Ref: 'Worker' }],
          },
        },
        Worker: {
          Type: 'AWS::IAM::Role',
          Properties: { RoleName: 'worker', AssumeRolePolicyDocument: TRUST },
        },
      },
    },
    live: {
      id: IAM_ARN('policy', 'writer'),
      add: (account) => {
        const arn = addManagedPolicy(account, 'writer', QUEUE_WRITER, 1);
        addRole(account, 'worker', { managed: [arn] });
      },
    },
  },
]);

const PROJECT_ARN = (name: string) => `arn:aws:codebuild:${PARITY_REGION}:${PARITY_ACCOUNT}:project/${name}`;
// AWS's documented example access key id (not a real credential).
const EXAMPLE_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';

interface ProjectShape {
  variables?: { name: string; value: string; type: 'PLAINTEXT' | 'PARAMETER_STORE' | 'SECRETS_MANAGER' }[];
  source?: { type: 'GITHUB' | 'NO_SOURCE'; location?: string };
}

function addProject(account: FakeAccount, name: string, shape: ProjectShape): void {
  ((account.regions[PARITY_REGION] ??= {}).codebuild ??= { projects: [] }).projects.push({
    name,
    arn: PROJECT_ARN(name),
    source: shape.source ?? { type: 'NO_SOURCE', buildspec: 'version: 0.2' },
    environment: {
      type: 'LINUX_CONTAINER',
      image: 'aws/codebuild/standard:7.0',
      computeType: 'BUILD_GENERAL1_SMALL',
      environmentVariables: shape.variables ?? [],
    },
    logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
  });
}

function projectCase(name: string, status: 'PASS' | 'FAIL', projectName: string, shape: ProjectShape) {
  const logicalId = projectName.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) =>
    letter.toUpperCase(),
  );
  const source = shape.source ?? { type: 'NO_SOURCE' };
  return {
    name,
    status,
    template: {
      logicalId,
      resources: {
        [logicalId]: {
          Type: 'AWS::CodeBuild::Project',
          Properties: {
            Name: projectName,
            ServiceRole: IAM_ARN('role', 'build'),
            Artifacts: { Type: 'NO_ARTIFACTS' },
            Source:
              source.type === 'NO_SOURCE'
                ? { Type: 'NO_SOURCE', BuildSpec: 'version: 0.2' }
                : { Type: source.type, Location: source.location },
            Environment: {
              Type: 'LINUX_CONTAINER',
              Image: 'aws/codebuild/standard:7.0',
              ComputeType: 'BUILD_GENERAL1_SMALL',
              EnvironmentVariables: (shape.variables ?? []).map((variable) => ({
                Name: variable.name,
                Value: variable.value,
                Type: variable.type,
              })),
            },
          },
        },
      },
    },
    live: {
      id: PROJECT_ARN(projectName),
      add: (account: FakeAccount) => addProject(account, projectName, shape),
    },
  } as const;
}

parityCases('codebuild-no-plaintext-aws-credentials', [
  projectCase('an access key id in a plaintext variable', 'FAIL', 'leaky-build', {
    variables: [{ name: 'AWS_ACCESS_KEY_ID', value: EXAMPLE_KEY_ID, type: 'PLAINTEXT' }],
  }),
  projectCase('credentials read from Parameter Store', 'PASS', 'careful-build', {
    variables: [
      { name: 'AWS_SECRET_ACCESS_KEY', value: '/build/secret-key', type: 'PARAMETER_STORE' },
      { name: 'STAGE', value: 'prod', type: 'PLAINTEXT' },
    ],
  }),
]);

parityCases('codebuild-source-no-url-credentials', [
  projectCase('a token in the source URL', 'FAIL', 'token-source', {
    source: { type: 'GITHUB', location: 'https://builder:ghp_exampletoken0000@github.com/example/app.git' },
  }),
  projectCase('a plain repository URL', 'PASS', 'plain-source', {
    source: { type: 'GITHUB', location: 'https://github.com/example/app.git' },
  }),
]);
