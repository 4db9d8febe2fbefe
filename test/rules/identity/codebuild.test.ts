import { ruleCases } from '../../support/rule-cases.js';

const project = (extra: string) => `
Resources:
  Build:
    Type: AWS::CodeBuild::Project
    Properties:
      ServiceRole: arn:aws:iam::111122223333:role/build
      Artifacts: { Type: NO_ARTIFACTS }
${extra}`;

const ENV = (variables: string) => `      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables: ${variables}
      Source: { Type: CODECOMMIT, Location: https://git-codecommit.us-east-1.amazonaws.com/v1/repos/app }`;

ruleCases('codebuild-no-plaintext-aws-credentials', {
  pass: [
    {
      name: 'the secret key from Secrets Manager, a plaintext region',
      template: project(
        ENV(
          "[{ Name: AWS_SECRET_ACCESS_KEY, Type: SECRETS_MANAGER, Value: 'ci/key' }, { Name: DEPLOY_REGION, Value: eu-west-1 }]",
        ),
      ),
    },
  ],
  fail: [
    {
      name: 'AWS_ACCESS_KEY_ID without a Type (PLAINTEXT by default)',
      message: 'AWS_ACCESS_KEY_ID',
      template: project(ENV("[{ Name: AWS_ACCESS_KEY_ID, Value: 'from-a-parameter' }]")),
    },
    {
      name: 'an access key id under another name',
      message: 'UPLOAD_KEY',
      template: project(ENV("[{ Name: UPLOAD_KEY, Type: PLAINTEXT, Value: 'AKIAIOSFODNN7EXAMPLE' }]")),
    },
  ],
  unknown: [
    {
      name: 'the variable list from a parameter',
      template: `
Parameters:
  Vars: { Type: String }
${project(ENV('!Ref Vars'))}`,
    },
  ],
});

ruleCases('codebuild-source-no-url-credentials', {
  pass: [
    {
      name: 'a GitHub source without credentials in the URL',
      template: project(
        "      Source: { Type: GITHUB, Location: 'https://github.com/org/app.git', Auth: { Type: OAUTH } }",
      ),
    },
  ],
  fail: [
    {
      name: 'a Bitbucket URL with a user and token',
      message: 'user name or token',
      template: project(
        "      Source: { Type: BITBUCKET, Location: 'https://ci-bot:s3cr3t@bitbucket.org/org/app.git' }",
      ),
    },
    {
      name: 'credentials in a secondary source',
      template: project(
        "      Source: { Type: NO_SOURCE, BuildSpec: 'version: 0.2' }\n      SecondarySources: [{ Type: GITHUB, SourceIdentifier: lib, Location: 'https://ghp_token@github.com/org/lib.git' }]",
      ),
    },
  ],
  unknown: [
    {
      name: 'the location from a parameter without default',
      template: `
Parameters:
  Repo: { Type: String }
${project('      Source: { Type: GITHUB, Location: !Ref Repo }')}`,
    },
  ],
});

ruleCases('codebuild-project-logging', {
  pass: [
    {
      name: 'no LogsConfig: CloudWatch Logs by default',
      template: project('      Source: { Type: NO_SOURCE, BuildSpec: x }'),
    },
    {
      name: 'CloudWatch off, S3 on',
      template: project(
        '      Source: { Type: NO_SOURCE, BuildSpec: x }\n      LogsConfig: { CloudWatchLogs: { Status: DISABLED }, S3Logs: { Status: ENABLED, Location: logs-bucket/build } }',
      ),
    },
  ],
  fail: [
    {
      name: 'CloudWatch Logs disabled, no S3 logs',
      message: 'neither',
      template: project(
        '      Source: { Type: NO_SOURCE, BuildSpec: x }\n      LogsConfig: { CloudWatchLogs: { Status: DISABLED } }',
      ),
    },
  ],
  unknown: [
    {
      name: 'CloudWatch status from a parameter, S3 off',
      template: `
Parameters:
  Status: { Type: String }
${project('      Source: { Type: NO_SOURCE, BuildSpec: x }\n      LogsConfig: { CloudWatchLogs: { Status: !Ref Status } }')}`,
    },
  ],
});
