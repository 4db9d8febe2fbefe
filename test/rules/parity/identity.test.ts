import { parityCases } from '../../support/parity.js';
import { ADMIN_DOCUMENT, addGroup, addRole, documentOf } from '../../support/aws-server/iam-fixtures.js';
import type { FakeAccount } from '../../support/aws-server/index.js';
import '../../support/aws-server/services/secretsmanager-data.js';
import '../../support/aws-server/services/codebuild-data.js';

const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const QUEUE_WRITER = { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '*' };

parityCases('iam-no-admin-policy', [
  {
    name: 'a role with an inline policy allowing * on *',
    status: 'FAIL',
    template: {
      logicalId: 'Admin',
      resources: {
        Admin: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'admin',
            AssumeRolePolicyDocument: TRUST,
            Policies: [{ PolicyName: 'everything', PolicyDocument: JSON.parse(ADMIN_DOCUMENT) as object }],
          },
        },
      },
    },
    live: {
      id: 'arn:aws:iam::111122223333:role/admin',
      add: (account) => addRole(account, 'admin', { inline: { everything: ADMIN_DOCUMENT } }),
    },
  },
  {
    name: 'a role with an inline policy writing to queues',
    status: 'PASS',
    template: {
      logicalId: 'Writer',
      resources: {
        Writer: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'writer',
            AssumeRolePolicyDocument: TRUST,
            Policies: [
              { PolicyName: 'send', PolicyDocument: JSON.parse(documentOf(QUEUE_WRITER)) as object },
            ],
          },
        },
      },
    },
    live: {
      id: 'arn:aws:iam::111122223333:role/writer',
      add: (account) => addRole(account, 'writer', { inline: { send: documentOf(QUEUE_WRITER) } }),
    },
  },
]);

parityCases('iam-no-inline-policies', [
  {
    name: 'a group with an embedded policy',
    status: 'FAIL',
    template: {
      logicalId: 'Ops',
      resources: {
        Ops: {
          Type: 'AWS::IAM::Group',
          Properties: {
            GroupName: 'ops',
            Policies: [
              { PolicyName: 'send', PolicyDocument: JSON.parse(documentOf(QUEUE_WRITER)) as object },
            ],
          },
        },
      },
    },
    live: {
      id: 'arn:aws:iam::111122223333:group/ops',
      add: (account) => addGroup(account, 'ops', { inline: { send: documentOf(QUEUE_WRITER) } }),
    },
  },
  {
    name: 'a role with managed policies only',
    status: 'PASS',
    template: {
      logicalId: 'Reader',
      resources: {
        Reader: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'reader',
            AssumeRolePolicyDocument: TRUST,
            ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          },
        },
      },
    },
    live: {
      id: 'arn:aws:iam::111122223333:role/reader',
      add: (account) => addRole(account, 'reader', { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
    },
  },
]);

parityCases('iam-no-bedrock-full-access', [
  {
    name: 'a role with AmazonBedrockFullAccess attached',
    status: 'FAIL',
    template: {
      logicalId: 'Genai',
      resources: {
        Genai: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'genai',
            AssumeRolePolicyDocument: TRUST,
            ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonBedrockFullAccess'],
          },
        },
      },
    },
    live: {
      id: 'arn:aws:iam::111122223333:role/genai',
      add: (account) =>
        addRole(account, 'genai', { managed: ['arn:aws:iam::aws:policy/AmazonBedrockFullAccess'] }),
    },
  },
]);

function addSecret(account: FakeAccount, name: string, rotating: boolean): void {
  const region = (account.regions['us-east-1'] ??= {});
  (region.secretsmanager ??= { secrets: [] }).secrets.push({
    ARN: `arn:aws:secretsmanager:us-east-1:111122223333:secret:${name}-AbCdEf`,
    Name: name,
    CreatedDate: new Date('2026-01-01T00:00:00Z'),
    ...(rotating ? { RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 } } : {}),
  });
}

parityCases('secret-rotation-enabled', [
  {
    name: 'a secret without a rotation schedule',
    status: 'FAIL',
    template: {
      logicalId: 'Static',
      resources: { Static: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'static' } } },
    },
    live: {
      id: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:static-AbCdEf',
      add: (account) => addSecret(account, 'static', false),
    },
  },
  {
    name: 'a secret with a 30-day rotation schedule',
    status: 'PASS',
    template: {
      logicalId: 'Rotated',
      resources: {
        Rotated: { Type: 'AWS::SecretsManager::Secret', Properties: { Name: 'rotated' } },
        Schedule: {
          Type: 'AWS::SecretsManager::RotationSchedule',
          Properties: {
            SecretId: { Ref: 'Rotated' },
            RotationLambdaARN: 'arn:aws:lambda:us-east-1:111122223333:function:rotate',
            RotationRules: { AutomaticallyAfterDays: 30 },
          },
        },
      },
    },
    live: {
      id: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:rotated-AbCdEf',
      add: (account) => addSecret(account, 'rotated', true),
    },
  },
]);

function addProject(account: FakeAccount, name: string, cloudWatch: 'ENABLED' | 'DISABLED'): void {
  const region = (account.regions['us-east-1'] ??= {});
  (region.codebuild ??= { projects: [] }).projects.push({
    name,
    arn: `arn:aws:codebuild:us-east-1:111122223333:project/${name}`,
    source: { type: 'NO_SOURCE', buildspec: 'version: 0.2' },
    environment: {
      type: 'LINUX_CONTAINER',
      image: 'aws/codebuild/standard:7.0',
      computeType: 'BUILD_GENERAL1_SMALL',
    },
    logsConfig: { cloudWatchLogs: { status: cloudWatch }, s3Logs: { status: 'DISABLED' } },
  });
}

const codeBuildProject = (name: string, logsConfig?: object) => ({
  Type: 'AWS::CodeBuild::Project',
  Properties: {
    Name: name,
    ServiceRole: 'arn:aws:iam::111122223333:role/build',
    Artifacts: { Type: 'NO_ARTIFACTS' },
    Source: { Type: 'NO_SOURCE', BuildSpec: 'version: 0.2' },
    Environment: {
      Type: 'LINUX_CONTAINER',
      Image: 'aws/codebuild/standard:7.0',
      ComputeType: 'BUILD_GENERAL1_SMALL',
    },
    ...(logsConfig ? { LogsConfig: logsConfig } : {}),
  },
});

parityCases('codebuild-project-logging', [
  {
    name: 'a project created without LogsConfig logs to CloudWatch',
    status: 'PASS',
    template: { logicalId: 'Default', resources: { Default: codeBuildProject('default') } },
    live: {
      id: 'arn:aws:codebuild:us-east-1:111122223333:project/default',
      add: (account) => addProject(account, 'default', 'ENABLED'),
    },
  },
  {
    name: 'a project with CloudWatch Logs disabled',
    status: 'FAIL',
    template: {
      logicalId: 'Silent',
      resources: { Silent: codeBuildProject('silent', { CloudWatchLogs: { Status: 'DISABLED' } }) },
    },
    live: {
      id: 'arn:aws:codebuild:us-east-1:111122223333:project/silent',
      add: (account) => addProject(account, 'silent', 'DISABLED'),
    },
  },
]);
