/**
 * Workload resources for the sample account and the workload denial tests
 * (Glue, Step Functions, AppSync, Athena, Bedrock, DataSync, ECS, Elastic
 * Beanstalk, FSx, in one region): one resource that passes each rule, and a few
 * realistic failures (a legacy Glue job, a state machine without logging, the
 * default Athena workgroup, a batch task definition, a staging environment).
 */
import type { FakeRegion } from './account.js';
import './services/workloads-data.js';

const CREATED = new Date('2026-01-15T09:00:00Z');

type Workloads = Pick<
  FakeRegion,
  'glue' | 'sfn' | 'appsync' | 'athena' | 'bedrock' | 'datasync' | 'ecs' | 'elasticbeanstalk' | 'fsx'
>;

const streamLogs = (value: 'true' | 'false') => [
  { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'DeleteOnTerminate', Value: 'false' },
  { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'RetentionInDays', Value: '7' },
  { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'StreamLogs', Value: value },
];

export function sampleWorkloads(ACCOUNT = '111122223333', REGION = 'us-east-1'): Workloads {
  const ARN = `${REGION}:${ACCOUNT}`;
  const KEY = `arn:aws:kms:${ARN}:key/6f1c2d3e-0000-4000-8000-00000000d47a`;
  return {
    glue: {
      securityConfigurations: [
        {
          Name: 'etl-sealed',
          CreatedTimeStamp: CREATED,
          EncryptionConfiguration: {
            S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: KEY }],
            CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: KEY },
            JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: KEY },
          },
        },
      ],
      jobs: [
        {
          Name: 'nightly-settlement-etl',
          Role: `arn:aws:iam::${ACCOUNT}:role/glue-etl`,
          Command: { Name: 'glueetl', ScriptLocation: 's3://acme-pay-scripts/settlement.py' },
          GlueVersion: '4.0',
          SecurityConfiguration: 'etl-sealed',
          DefaultArguments: { '--enable-continuous-cloudwatch-log': 'true', '--job-language': 'python' },
          CreatedOn: CREATED,
        },
        {
          // Written before the security configuration existed: no encryption, logs only at the end.
          Name: 'legacy-ledger-export',
          Role: `arn:aws:iam::${ACCOUNT}:role/glue-etl`,
          Command: { Name: 'glueetl', ScriptLocation: 's3://acme-pay-scripts/export.py' },
          GlueVersion: '3.0',
          DefaultArguments: { '--job-language': 'python' },
          CreatedOn: CREATED,
        },
      ],
    },
    sfn: {
      stateMachines: [
        {
          stateMachineArn: `arn:aws:states:${ARN}:stateMachine:payment-orchestration`,
          name: 'payment-orchestration',
          definition: '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}',
          roleArn: `arn:aws:iam::${ACCOUNT}:role/sfn-payments`,
          type: 'STANDARD',
          creationDate: CREATED,
          loggingConfiguration: {
            level: 'ERROR',
            includeExecutionData: false,
            destinations: [
              { cloudWatchLogsLogGroup: { logGroupArn: `arn:aws:logs:${ARN}:log-group:/sfn/payments:*` } },
            ],
          },
        },
        {
          stateMachineArn: `arn:aws:states:${ARN}:stateMachine:nightly-cleanup`,
          name: 'nightly-cleanup',
          definition: '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}',
          roleArn: `arn:aws:iam::${ACCOUNT}:role/sfn-cleanup`,
          type: 'EXPRESS',
          creationDate: CREATED,
          loggingConfiguration: { level: 'OFF', includeExecutionData: false },
        },
      ],
    },
    appsync: {
      apis: [
        {
          apiId: 'storefrontapi01',
          name: 'storefront',
          arn: `arn:aws:appsync:${ARN}:apis/storefrontapi01`,
          authenticationType: 'AMAZON_COGNITO_USER_POOLS',
          logConfig: {
            fieldLogLevel: 'ERROR',
            cloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/appsync-logs`,
          },
        },
      ],
    },
    athena: {
      workGroups: [
        {
          Name: 'primary',
          State: 'ENABLED',
          CreationTime: CREATED,
          Configuration: { PublishCloudWatchMetricsEnabled: false, EnforceWorkGroupConfiguration: false },
        },
        {
          Name: 'finance-analysts',
          State: 'ENABLED',
          CreationTime: CREATED,
          Configuration: { PublishCloudWatchMetricsEnabled: true, EnforceWorkGroupConfiguration: true },
        },
      ],
    },
    bedrock: {
      loggingConfig: {
        cloudWatchConfig: {
          logGroupName: '/bedrock/invocations',
          roleArn: `arn:aws:iam::${ACCOUNT}:role/bedrock-logging`,
        },
        textDataDeliveryEnabled: true,
      },
    },
    datasync: {
      tasks: [
        {
          TaskArn: `arn:aws:datasync:${ARN}:task/task-0a1b2c3d4e5f60001`,
          Name: 'archive-to-glacier',
          Status: 'AVAILABLE',
          TaskMode: 'BASIC',
          CloudWatchLogGroupArn: `arn:aws:logs:${ARN}:log-group:/datasync/archive`,
          Options: { LogLevel: 'TRANSFER', VerifyMode: 'ONLY_FILES_TRANSFERRED' },
          CreationTime: CREATED,
        },
      ],
    },
    ecs: {
      taskDefinitions: [
        {
          taskDefinitionArn: `arn:aws:ecs:${ARN}:task-definition/checkout-web:7`,
          family: 'checkout-web',
          revision: 7,
          status: 'ACTIVE',
          containerDefinitions: [
            {
              name: 'app',
              image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/checkout:1.42`,
              logConfiguration: {
                logDriver: 'awslogs',
                options: {
                  'awslogs-group': '/ecs/checkout',
                  'awslogs-region': REGION,
                  'awslogs-stream-prefix': 'web',
                },
              },
            },
          ],
        },
        {
          taskDefinitionArn: `arn:aws:ecs:${ARN}:task-definition/report-batch:2`,
          family: 'report-batch',
          revision: 2,
          status: 'ACTIVE',
          containerDefinitions: [
            { name: 'report', image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/report:0.9` },
          ],
        },
      ],
    },
    elasticbeanstalk: {
      environments: [
        {
          EnvironmentName: 'merchant-portal-prod',
          EnvironmentId: 'e-portalprod1',
          ApplicationName: 'merchant-portal',
          EnvironmentArn: `arn:aws:elasticbeanstalk:${ARN}:environment/merchant-portal/merchant-portal-prod`,
          SolutionStackName: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20',
          Status: 'Ready',
          Health: 'Green',
        },
        {
          EnvironmentName: 'merchant-portal-staging',
          EnvironmentId: 'e-portalstag1',
          ApplicationName: 'merchant-portal',
          EnvironmentArn: `arn:aws:elasticbeanstalk:${ARN}:environment/merchant-portal/merchant-portal-staging`,
          SolutionStackName: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20',
          Status: 'Ready',
          Health: 'Green',
        },
      ],
      optionSettings: {
        'merchant-portal-prod': streamLogs('true'),
        'merchant-portal-staging': streamLogs('false'),
      },
    },
    fsx: {
      fileSystems: [
        {
          FileSystemId: 'fs-0123456789abcdef0',
          FileSystemType: 'WINDOWS',
          ResourceARN: `arn:aws:fsx:${ARN}:file-system/fs-0123456789abcdef0`,
          Lifecycle: 'AVAILABLE',
          StorageCapacity: 300,
          KmsKeyId: KEY,
          CreationTime: CREATED,
          Tags: [{ Key: 'Name', Value: 'finance-shares' }],
        },
      ],
    },
  };
}
