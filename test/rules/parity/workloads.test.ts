/** The workload rules give one verdict for the same shape in a template and in the loopback account. */
import type { FakeAccount, FakeRegion } from '../../support/aws-server/index.js';
import { PARITY_ACCOUNT, PARITY_REGION, parityCases } from '../../support/parity.js';

const ARN = `${PARITY_REGION}:${PARITY_ACCOUNT}`;

function region(account: FakeAccount): FakeRegion {
  return (account.regions[PARITY_REGION] ??= {});
}

function addJob(account: FakeAccount, job: { Name: string } & Record<string, unknown>): void {
  const glue = (region(account).glue ??= { jobs: [], securityConfigurations: [] });
  glue.jobs.push({ Role: 'arn:aws:iam::111122223333:role/glue', Command: { Name: 'glueetl' }, ...job });
}

function addKmsConfig(account: FakeAccount): void {
  const glue = (region(account).glue ??= { jobs: [], securityConfigurations: [] });
  if (glue.securityConfigurations?.some((config) => config.Name === 'sealed')) return;
  (glue.securityConfigurations ??= []).push({
    Name: 'sealed',
    EncryptionConfiguration: {
      S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: `arn:aws:kms:${ARN}:key/k` }],
      CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: `arn:aws:kms:${ARN}:key/k` },
    },
  });
}

const SEALED_CONFIG = {
  Sealed: {
    Type: 'AWS::Glue::SecurityConfiguration',
    Properties: {
      Name: 'sealed',
      EncryptionConfiguration: {
        S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: `arn:aws:kms:${ARN}:key/k` }],
        CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: `arn:aws:kms:${ARN}:key/k` },
      },
    },
  },
};

const glueJob = (properties: Record<string, unknown>) => ({
  Type: 'AWS::Glue::Job',
  Properties: { Role: 'arn:aws:iam::111122223333:role/glue', Command: { Name: 'glueetl' }, ...properties },
});

const jobArn = (name: string) => `arn:aws:glue:${ARN}:job/${name}`;

parityCases('glue-job-logging', [
  {
    name: 'Glue 4.0 with continuous logging',
    status: 'PASS',
    template: {
      logicalId: 'Logged',
      resources: {
        Logged: glueJob({
          GlueVersion: '4.0',
          DefaultArguments: { '--enable-continuous-cloudwatch-log': 'true' },
        }),
      },
    },
    live: {
      id: jobArn('logged'),
      add: (account) =>
        addJob(account, {
          Name: 'logged',
          GlueVersion: '4.0',
          DefaultArguments: { '--enable-continuous-cloudwatch-log': 'true' },
        }),
    },
  },
  {
    name: 'Glue 3.0 without the argument',
    status: 'FAIL',
    template: { logicalId: 'Quiet', resources: { Quiet: glueJob({ GlueVersion: '3.0' }) } },
    live: { id: jobArn('quiet'), add: (account) => addJob(account, { Name: 'quiet', GlueVersion: '3.0' }) },
  },
  {
    name: 'created without a Glue version (0.9, as AWS documents)',
    status: 'FAIL',
    template: { logicalId: 'Old', resources: { Old: glueJob({}) } },
    live: { id: jobArn('old'), add: (account) => addJob(account, { Name: 'old' }) },
  },
  {
    name: 'Glue 5.0',
    status: 'PASS',
    template: { logicalId: 'Modern', resources: { Modern: glueJob({ GlueVersion: '5.0' }) } },
    live: { id: jobArn('modern'), add: (account) => addJob(account, { Name: 'modern', GlueVersion: '5.0' }) },
  },
]);

parityCases('glue-job-s3-encryption', [
  {
    name: 'a job with a KMS security configuration',
    status: 'PASS',
    template: {
      logicalId: 'Job',
      resources: {
        ...SEALED_CONFIG,
        Job: glueJob({ GlueVersion: '4.0', SecurityConfiguration: { Ref: 'Sealed' } }),
      },
    },
    live: {
      id: jobArn('sealed-job'),
      add: (account) => {
        addKmsConfig(account);
        addJob(account, { Name: 'sealed-job', GlueVersion: '4.0', SecurityConfiguration: 'sealed' });
      },
    },
  },
  {
    name: 'a job without a security configuration',
    status: 'FAIL',
    template: { logicalId: 'Plain', resources: { Plain: glueJob({ GlueVersion: '4.0' }) } },
    live: { id: jobArn('plain'), add: (account) => addJob(account, { Name: 'plain', GlueVersion: '4.0' }) },
  },
]);

parityCases('glue-job-cloudwatch-logs-encryption', [
  {
    name: 'a job with a KMS security configuration',
    status: 'PASS',
    template: {
      logicalId: 'Job',
      resources: {
        ...SEALED_CONFIG,
        Job: glueJob({ GlueVersion: '4.0', SecurityConfiguration: { Ref: 'Sealed' } }),
      },
    },
    live: {
      id: jobArn('sealed-job'),
      add: (account) => {
        addKmsConfig(account);
        addJob(account, { Name: 'sealed-job', GlueVersion: '4.0', SecurityConfiguration: 'sealed' });
      },
    },
  },
  {
    name: 'a job without a security configuration',
    status: 'FAIL',
    template: { logicalId: 'Plain', resources: { Plain: glueJob({ GlueVersion: '4.0' }) } },
    live: { id: jobArn('plain'), add: (account) => addJob(account, { Name: 'plain', GlueVersion: '4.0' }) },
  },
]);

function addStateMachine(account: FakeAccount, name: string, level: 'ALL' | 'OFF'): void {
  const sfn = (region(account).sfn ??= { stateMachines: [] });
  sfn.stateMachines.push({
    stateMachineArn: `arn:aws:states:${ARN}:stateMachine:${name}`,
    name,
    definition: '{}',
    roleArn: 'arn:aws:iam::111122223333:role/sfn',
    type: 'STANDARD',
    creationDate: new Date('2026-01-01T00:00:00Z'),
    loggingConfiguration: { level, includeExecutionData: false },
  });
}

parityCases('sfn-state-machine-logging', [
  {
    name: 'created without a logging configuration (OFF)',
    status: 'FAIL',
    template: {
      logicalId: 'Flow',
      resources: {
        Flow: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: { RoleArn: 'arn:aws:iam::111122223333:role/sfn', DefinitionString: '{}' },
        },
      },
    },
    live: {
      id: `arn:aws:states:${ARN}:stateMachine:flow`,
      add: (account) => addStateMachine(account, 'flow', 'OFF'),
    },
  },
  {
    name: 'level ALL',
    status: 'PASS',
    template: {
      logicalId: 'Loud',
      resources: {
        Loud: {
          Type: 'AWS::StepFunctions::StateMachine',
          Properties: {
            RoleArn: 'arn:aws:iam::111122223333:role/sfn',
            DefinitionString: '{}',
            LoggingConfiguration: { Level: 'ALL' },
          },
        },
      },
    },
    live: {
      id: `arn:aws:states:${ARN}:stateMachine:loud`,
      add: (account) => addStateMachine(account, 'loud', 'ALL'),
    },
  },
]);

function addApi(account: FakeAccount, id: string, fieldLogLevel?: 'ERROR' | 'NONE'): void {
  const appsync = (region(account).appsync ??= { apis: [] });
  appsync.apis.push({
    apiId: id,
    name: id,
    arn: `arn:aws:appsync:${ARN}:apis/${id}`,
    authenticationType: 'AWS_IAM',
    ...(fieldLogLevel
      ? { logConfig: { fieldLogLevel, cloudWatchLogsRoleArn: 'arn:aws:iam::111122223333:role/logs' } }
      : {}),
  });
}

const graphqlApi = (logConfig?: Record<string, unknown>) => ({
  Type: 'AWS::AppSync::GraphQLApi',
  Properties: { Name: 'api', AuthenticationType: 'AWS_IAM', ...(logConfig ? { LogConfig: logConfig } : {}) },
});

parityCases('appsync-field-logging', [
  {
    name: 'no log configuration',
    status: 'FAIL',
    template: { logicalId: 'Api', resources: { Api: graphqlApi() } },
    live: { id: `arn:aws:appsync:${ARN}:apis/silent`, add: (account) => addApi(account, 'silent') },
  },
  {
    name: 'field log level ERROR',
    status: 'PASS',
    template: { logicalId: 'Api', resources: { Api: graphqlApi({ FieldLogLevel: 'ERROR' }) } },
    live: { id: `arn:aws:appsync:${ARN}:apis/logged`, add: (account) => addApi(account, 'logged', 'ERROR') },
  },
]);

function addWorkgroup(account: FakeAccount, name: string, metrics: boolean): void {
  const athena = (region(account).athena ??= { workGroups: [] });
  athena.workGroups.push({
    Name: name,
    State: 'ENABLED',
    Configuration: { PublishCloudWatchMetricsEnabled: metrics, EnforceWorkGroupConfiguration: true },
  });
}

const athenaWorkgroup = (metrics: boolean) => ({
  Type: 'AWS::Athena::WorkGroup',
  Properties: { Name: 'wg', WorkGroupConfiguration: { PublishCloudWatchMetricsEnabled: metrics } },
});

parityCases('athena-workgroup-logging', [
  {
    name: 'metrics published',
    status: 'PASS',
    template: { logicalId: 'Wg', resources: { Wg: athenaWorkgroup(true) } },
    live: { id: `arn:aws:athena:${ARN}:workgroup/on`, add: (account) => addWorkgroup(account, 'on', true) },
  },
  {
    name: 'metrics not published',
    status: 'FAIL',
    template: { logicalId: 'Wg', resources: { Wg: athenaWorkgroup(false) } },
    live: {
      id: `arn:aws:athena:${ARN}:workgroup/off`,
      add: (account) => addWorkgroup(account, 'off', false),
    },
  },
]);

const LOG_GROUP = `arn:aws:logs:${ARN}:log-group:/datasync`;

function addTask(account: FakeAccount, id: string, logGroup: boolean): void {
  const datasync = (region(account).datasync ??= { tasks: [] });
  datasync.tasks.push({
    TaskArn: `arn:aws:datasync:${ARN}:task/${id}`,
    Name: id,
    Status: 'AVAILABLE',
    TaskMode: 'BASIC',
    ...(logGroup ? { CloudWatchLogGroupArn: LOG_GROUP } : {}),
    Options: { LogLevel: logGroup ? 'TRANSFER' : 'OFF', VerifyMode: 'ONLY_FILES_TRANSFERRED' },
  });
}

const dataSyncTask = (logGroup: boolean) => ({
  Type: 'AWS::DataSync::Task',
  Properties: {
    SourceLocationArn: `arn:aws:datasync:${ARN}:location/loc-1`,
    DestinationLocationArn: `arn:aws:datasync:${ARN}:location/loc-2`,
    ...(logGroup ? { CloudWatchLogGroupArn: LOG_GROUP, Options: { LogLevel: 'TRANSFER' } } : {}),
  },
});

parityCases('datasync-task-logging', [
  {
    name: 'a log group, LogLevel TRANSFER',
    status: 'PASS',
    template: { logicalId: 'Copy', resources: { Copy: dataSyncTask(true) } },
    live: {
      id: `arn:aws:datasync:${ARN}:task/task-logged`,
      add: (account) => addTask(account, 'task-logged', true),
    },
  },
  {
    name: 'no log group',
    status: 'FAIL',
    template: { logicalId: 'Copy', resources: { Copy: dataSyncTask(false) } },
    live: {
      id: `arn:aws:datasync:${ARN}:task/task-silent`,
      add: (account) => addTask(account, 'task-silent', false),
    },
  },
]);

function addTaskDefinition(account: FakeAccount, family: string, revision: number, logged: boolean): string {
  const ecs = (region(account).ecs ??= { taskDefinitions: [] });
  const arn = `arn:aws:ecs:${ARN}:task-definition/${family}:${revision}`;
  ecs.taskDefinitions.push({
    taskDefinitionArn: arn,
    family,
    revision,
    status: 'ACTIVE',
    containerDefinitions: [
      {
        name: 'app',
        image: 'app:latest',
        ...(logged
          ? { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': family } } }
          : {}),
      },
    ],
  });
  return arn;
}

const ecsTaskDefinition = (logged: boolean) => ({
  Type: 'AWS::ECS::TaskDefinition',
  Properties: {
    Family: 'web',
    ContainerDefinitions: [
      { Name: 'app', Image: 'app:latest', ...(logged ? { LogConfiguration: { LogDriver: 'awslogs' } } : {}) },
    ],
  },
});

parityCases('ecs-task-definition-logging', [
  {
    name: 'the latest revision logs (an older one did not)',
    status: 'PASS',
    template: { logicalId: 'Web', resources: { Web: ecsTaskDefinition(true) } },
    live: {
      id: `arn:aws:ecs:${ARN}:task-definition/web:2`,
      add: (account) => {
        addTaskDefinition(account, 'web', 1, false);
        addTaskDefinition(account, 'web', 2, true);
      },
    },
  },
  {
    name: 'a container without a log configuration',
    status: 'FAIL',
    template: { logicalId: 'Batch', resources: { Batch: ecsTaskDefinition(false) } },
    live: {
      id: `arn:aws:ecs:${ARN}:task-definition/batch:1`,
      add: (account) => addTaskDefinition(account, 'batch', 1, false),
    },
  },
]);

function addEnvironment(account: FakeAccount, name: string, streamLogs: 'true' | 'false'): void {
  const beanstalk = (region(account).elasticbeanstalk ??= { environments: [], optionSettings: {} });
  beanstalk.environments.push({
    EnvironmentName: name,
    EnvironmentId: `e-${name}`,
    ApplicationName: 'shop',
    EnvironmentArn: `arn:aws:elasticbeanstalk:${ARN}:environment/shop/${name}`,
    Status: 'Ready',
  });
  (beanstalk.optionSettings ??= {})[name] = [
    { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'DeleteOnTerminate', Value: 'false' },
    { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: 'StreamLogs', Value: streamLogs },
  ];
}

const beanstalkEnvironment = (streamLogs?: string) => ({
  Type: 'AWS::ElasticBeanstalk::Environment',
  Properties: {
    ApplicationName: 'shop',
    ...(streamLogs
      ? {
          OptionSettings: [
            {
              Namespace: 'aws:elasticbeanstalk:cloudwatch:logs',
              OptionName: 'StreamLogs',
              Value: streamLogs,
            },
          ],
        }
      : {}),
  },
});

parityCases('elasticbeanstalk-cloudwatch-logs', [
  {
    name: 'created without StreamLogs (default false)',
    status: 'FAIL',
    template: { logicalId: 'Env', resources: { Env: beanstalkEnvironment() } },
    live: {
      id: `arn:aws:elasticbeanstalk:${ARN}:environment/shop/quiet`,
      add: (account) => addEnvironment(account, 'quiet', 'false'),
    },
  },
  {
    name: 'StreamLogs true',
    status: 'PASS',
    template: { logicalId: 'Env', resources: { Env: beanstalkEnvironment('true') } },
    live: {
      id: `arn:aws:elasticbeanstalk:${ARN}:environment/shop/streaming`,
      add: (account) => addEnvironment(account, 'streaming', 'true'),
    },
  },
]);
