/**
 * The sample account's IAM roles, groups and policies, Secrets Manager secrets,
 * CodeBuild projects and Access Analyzer. Realistic gaps: an application role
 * that kept a legacy *:* inline policy, a CI role with AdministratorAccess, an
 * empty auditors group, a customer policy nobody attaches, a partner API key
 * that never rotates, a legacy deploy project with an access key in plaintext,
 * and no analyzer in eu-west-1.
 */
import type { FakeIam, FakeRegion } from './account.js';
import { ADMIN_DOCUMENT, documentOf } from './iam-fixtures.js';
import './services/accessanalyzer-data.js';
import './services/codebuild-data.js';
import './services/secretsmanager-data.js';

const ACCOUNT = '123456789012';
const CREATED = new Date('2024-03-01T00:00:00Z');
const READ_PAYMENTS = documentOf({
  Effect: 'Allow',
  Action: ['s3:GetObject', 'dynamodb:GetItem', 'dynamodb:Query'],
  Resource: [`arn:aws:s3:::acme-pay-statements/*`, `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/sessions`],
});
const READ_ONLY = documentOf({
  Effect: 'Allow',
  Action: ['s3:Get*', 's3:List*', 'ec2:Describe*'],
  Resource: '*',
});
const EXPORT = documentOf({
  Effect: 'Allow',
  Action: 's3:PutObject',
  Resource: 'arn:aws:s3:::acme-pay-exports/*',
});

const attached = (...arns: string[]) =>
  arns.map((PolicyArn) => ({ PolicyArn, PolicyName: PolicyArn.split('/').pop() }));
const local = (name: string) => `arn:aws:iam::${ACCOUNT}:policy/${name}`;
const AWS_ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const AWS_READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function managed(arn: string, document: string, AttachmentCount: number) {
  return {
    PolicyName: arn.split('/').pop(),
    PolicyId: `ANPA${arn.split('/').pop()?.toUpperCase().slice(0, 12)}`,
    Arn: arn,
    Path: '/',
    DefaultVersionId: 'v1',
    AttachmentCount,
    IsAttachable: true,
    CreateDate: CREATED,
    UpdateDate: CREATED,
    PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: document, CreateDate: CREATED }],
  };
}

function role(
  name: string,
  fields: { inline?: Record<string, string>; managed?: string[]; service: string },
) {
  return {
    RoleName: name,
    RoleId: `AROA${name.toUpperCase().replace(/-/g, '').slice(0, 16)}`,
    Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    Path: '/',
    CreateDate: CREATED,
    AssumeRolePolicyDocument: documentOf({
      Effect: 'Allow',
      Principal: { Service: fields.service },
      Action: 'sts:AssumeRole',
    }),
    RolePolicyList: Object.entries(fields.inline ?? {}).map(([PolicyName, PolicyDocument]) => ({
      PolicyName,
      PolicyDocument,
    })),
    AttachedManagedPolicies: attached(...(fields.managed ?? [])),
  };
}

/** Adds roles, groups, policies and group memberships to the sample's IAM. */
export function withSampleIdentity(iam: FakeIam): FakeIam {
  const memberOf: Record<string, string[]> = { alice: ['engineers'], bob: ['engineers'] };
  return {
    ...iam,
    users: iam.users.map((user) => ({ ...user, groups: memberOf[user.user.UserName ?? ''] ?? [] })),
    roles: [
      role('payments-app', {
        service: 'ecs-tasks.amazonaws.com',
        managed: [local('payments-data-access')],
        inline: { 'legacy-admin': ADMIN_DOCUMENT },
      }),
      role('ci-deploy-role', { service: 'codebuild.amazonaws.com', managed: [AWS_ADMIN] }),
    ],
    groups: [
      {
        GroupName: 'engineers',
        GroupId: 'AGPAENGINEERS00001',
        Arn: `arn:aws:iam::${ACCOUNT}:group/engineers`,
        Path: '/',
        CreateDate: CREATED,
        GroupPolicyList: [],
        AttachedManagedPolicies: attached(AWS_READ_ONLY),
      },
      {
        GroupName: 'auditors',
        GroupId: 'AGPAAUDITORS000001',
        Arn: `arn:aws:iam::${ACCOUNT}:group/auditors`,
        Path: '/',
        CreateDate: CREATED,
        GroupPolicyList: [],
        AttachedManagedPolicies: attached(AWS_READ_ONLY),
      },
    ],
    policies: [
      managed(local('payments-data-access'), READ_PAYMENTS, 1),
      managed(local('report-export-v1'), EXPORT, 0),
      managed(AWS_ADMIN, ADMIN_DOCUMENT, 1),
      managed(AWS_READ_ONLY, READ_ONLY, 2),
    ],
  };
}

const DAY = 24 * 60 * 60 * 1000;
const SCAN = Date.parse('2026-11-25T06:00:00Z');

export function sampleIdentityUsEast1(): Pick<FakeRegion, 'secretsmanager' | 'codebuild' | 'accessanalyzer'> {
  const secret = (name: string) => `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${name}-Xy12Ab`;
  const project = (name: string) => `arn:aws:codebuild:us-east-1:${ACCOUNT}:project/${name}`;
  const environment = (
    variables: { name: string; value: string; type: 'PLAINTEXT' | 'SECRETS_MANAGER' }[],
  ) => ({
    type: 'LINUX_CONTAINER' as const,
    image: 'aws/codebuild/standard:7.0',
    computeType: 'BUILD_GENERAL1_SMALL' as const,
    environmentVariables: variables,
  });
  return {
    secretsmanager: {
      secrets: [
        {
          ARN: secret('payments/db'),
          Name: 'payments/db',
          CreatedDate: new Date(SCAN - 400 * DAY),
          RotationEnabled: true,
          RotationLambdaARN: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:SecretsManagerRDSPostgreSQLRotationSingleUser`,
          RotationRules: { AutomaticallyAfterDays: 30 },
          LastRotatedDate: new Date(SCAN - 9 * DAY),
        },
        { ARN: secret('partner-api-key'), Name: 'partner-api-key', CreatedDate: new Date(SCAN - 700 * DAY) },
      ],
      // The partner's integration role reads its key across accounts: a named principal, not "*".
      resourcePolicies: {
        [secret('partner-api-key')]: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::444455556666:role/acme-integration' },
              Action: 'secretsmanager:GetSecretValue',
              Resource: '*',
            },
          ],
        }),
      },
    },
    codebuild: {
      projects: [
        {
          name: 'payments-build',
          arn: project('payments-build'),
          source: { type: 'GITHUB', location: 'https://github.com/acme-pay/payments.git' },
          environment: environment([{ name: 'NPM_TOKEN', value: 'ci/npm-token', type: 'SECRETS_MANAGER' }]),
          logsConfig: { cloudWatchLogs: { status: 'ENABLED' }, s3Logs: { status: 'DISABLED' } },
        },
        {
          name: 'legacy-deploy',
          arn: project('legacy-deploy'),
          source: {
            type: 'BITBUCKET',
            location: 'https://deploy-bot:x-token-auth@bitbucket.org/acme-pay/legacy.git',
          },
          environment: environment([
            { name: 'AWS_ACCESS_KEY_ID', value: 'AKIALEGACYDEPLOY0001', type: 'PLAINTEXT' },
            { name: 'AWS_SECRET_ACCESS_KEY', value: 'legacy-secret-redacted', type: 'PLAINTEXT' },
          ]),
          logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED' } },
        },
      ],
    },
    accessanalyzer: {
      analyzers: [
        {
          arn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/acme-account`,
          name: 'acme-account',
          type: 'ACCOUNT',
          createdAt: CREATED,
          status: 'ACTIVE',
        },
      ],
    },
  };
}
