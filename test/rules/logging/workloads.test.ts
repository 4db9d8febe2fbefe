import { inventoryCases, ruleCases } from '../../support/rule-cases.js';
import { denied, liveInventory, liveOrigin, REGION } from '../../support/inventory-builder.js';
import type { BedrockRegionSettings } from '../../../src/inventory/model.js';
import { unknown } from '../../../src/inventory/maybe.js';

const job = (properties: string) => `Resources:
  Job:
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::111122223333:role/glue
${properties}`;

ruleCases('glue-job-logging', {
  pass: [
    {
      name: 'continuous logging argument "true" (Glue 4.0)',
      template: job(`      Command: { Name: glueetl }
      GlueVersion: '4.0'
      DefaultArguments: { '--enable-continuous-cloudwatch-log': 'true' }`),
      message: 'continuous logging',
    },
    {
      name: 'Glue 5.0 logs every run in real time without the argument',
      template: job(`      Command: { Name: glueetl }
      GlueVersion: '5.0'`),
      message: 'real time',
    },
  ],
  fail: [
    {
      name: 'a Spark job without the argument (GlueVersion unset: 0.9, AWS documented default)',
      template: job(`      Command: { Name: glueetl }`),
      message: 'Glue 0.9',
    },
    {
      name: 'the argument set to "false"',
      template: job(`      Command: { Name: gluestreaming }
      GlueVersion: '3.0'
      DefaultArguments: { '--enable-continuous-cloudwatch-log': 'false' }`),
      message: 'turned off',
    },
  ],
  unknown: [
    {
      name: 'the version from a parameter without a default',
      parameters: {},
      template: `Parameters:
  Version: { Type: String }
${job(`      Command: { Name: glueetl }
      GlueVersion: !Ref Version`)}`,
    },
    {
      name: 'the argument from a parameter without a default, Glue 4.0',
      template: `Parameters:
  Logging: { Type: String }
${job(`      Command: { Name: glueetl }
      GlueVersion: '4.0'
      DefaultArguments: { '--enable-continuous-cloudwatch-log': !Ref Logging }`)}`,
    },
  ],
  notApplicable: [
    {
      name: 'a Python shell job has no continuous logging',
      template: job(`      Command: { Name: pythonshell }
      GlueVersion: '3.0'`),
    },
  ],
});

const machine = (logging: string) => `Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/sfn
      DefinitionString: '{}'
${logging}`;

ruleCases('sfn-state-machine-logging', {
  pass: [
    {
      name: 'level ERROR with a log group',
      template: machine(`      LoggingConfiguration:
        Level: ERROR
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: arn:aws:logs:us-east-1:111122223333:log-group:flow } }]`),
      message: 'ERROR',
    },
  ],
  fail: [
    { name: 'no logging configuration (OFF)', template: machine(''), message: 'OFF' },
    {
      name: 'a configuration without a level (OFF)',
      template: machine(`      LoggingConfiguration: { IncludeExecutionData: true }`),
    },
    { name: 'level OFF', template: machine(`      LoggingConfiguration: { Level: 'OFF' }`) },
  ],
  unknown: [
    {
      name: 'level from a parameter without a default',
      template: `Parameters:
  Level: { Type: String }
${machine(`      LoggingConfiguration: { Level: !Ref Level }`)}`,
    },
  ],
});

const api = (logConfig: string) => `Resources:
  Api:
    Type: AWS::AppSync::GraphQLApi
    Properties:
      Name: orders
      AuthenticationType: AWS_IAM
${logConfig}`;

ruleCases('appsync-field-logging', {
  pass: [
    { name: 'field log level ERROR', template: api(`      LogConfig: { FieldLogLevel: ERROR }`) },
    {
      name: "field log level INFO (newer than Prowler's check)",
      template: api(`      LogConfig: { FieldLogLevel: INFO }`),
    },
  ],
  fail: [
    { name: 'no log configuration', template: api(''), message: 'no log configuration' },
    {
      name: 'field log level NONE',
      template: api(`      LogConfig: { FieldLogLevel: NONE }`),
      message: 'NONE',
    },
  ],
  unknown: [
    {
      name: 'a log configuration without a field log level (required)',
      template: api(`      LogConfig: { CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/logs }`),
    },
  ],
});

const workgroup = (configuration: string) => `Resources:
  Wg:
    Type: AWS::Athena::WorkGroup
    Properties:
      Name: analysts
${configuration}`;

ruleCases('athena-workgroup-logging', {
  pass: [
    {
      name: 'PublishCloudWatchMetricsEnabled true',
      template: workgroup(`      WorkGroupConfiguration: { PublishCloudWatchMetricsEnabled: true }`),
    },
  ],
  fail: [
    {
      name: 'PublishCloudWatchMetricsEnabled false',
      template: workgroup(`      WorkGroupConfiguration: { PublishCloudWatchMetricsEnabled: false }`),
      message: 'not published',
    },
  ],
  unknown: [
    {
      name: 'not set: AWS documents no default',
      template: workgroup(''),
      message: 'PublishCloudWatchMetricsEnabled is not set',
    },
  ],
});

const task = (properties: string) => `Resources:
  Copy:
    Type: AWS::DataSync::Task
    Properties:
      SourceLocationArn: arn:aws:datasync:us-east-1:111122223333:location/loc-1
      DestinationLocationArn: arn:aws:datasync:us-east-1:111122223333:location/loc-2
${properties}`;

const LOG_GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/datasync';

ruleCases('datasync-task-logging', {
  pass: [
    {
      name: 'a log group and LogLevel BASIC',
      template: task(`      CloudWatchLogGroupArn: ${LOG_GROUP}
      Options: { LogLevel: BASIC }`),
    },
    { name: 'an Enhanced mode task', template: task(`      TaskMode: ENHANCED`), message: '/aws/datasync' },
  ],
  fail: [
    { name: 'no log group', template: task(''), message: 'no CloudWatch log group' },
    {
      name: 'a log group with LogLevel OFF',
      template: task(`      CloudWatchLogGroupArn: ${LOG_GROUP}
      Options: { LogLevel: 'OFF' }`),
      message: 'OFF',
    },
  ],
  unknown: [
    {
      name: 'a log group without a LogLevel (no documented default)',
      template: task(`      CloudWatchLogGroupArn: ${LOG_GROUP}`),
      message: 'log level is not set',
    },
  ],
});

const taskDefinition = (containers: string) => `Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions:
${containers}`;

ruleCases('ecs-task-definition-logging', {
  pass: [
    {
      name: 'every container has a log driver',
      template: taskDefinition(`        - Name: app
          Image: app
          LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: web } }
        - Name: proxy
          Image: envoy
          LogConfiguration: { LogDriver: awsfirelens }`),
    },
  ],
  fail: [
    {
      name: 'one container without a log configuration',
      template: taskDefinition(`        - Name: app
          Image: app
          LogConfiguration: { LogDriver: awslogs }
        - Name: sidecar
          Image: sidecar`),
      message: 'sidecar',
    },
  ],
  unknown: [
    {
      name: 'the log driver from a parameter without a default',
      template: `Parameters:
  Driver: { Type: String }
${taskDefinition(`        - Name: app
          Image: app
          LogConfiguration: { LogDriver: !Ref Driver }`)}`,
    },
  ],
});

const environment = (properties: string, extra = '') => `Resources:
  Env:
    Type: AWS::ElasticBeanstalk::Environment
    Properties:
      ApplicationName: shop
      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
${properties}${extra}`;

ruleCases('elasticbeanstalk-cloudwatch-logs', {
  pass: [
    {
      name: 'StreamLogs true on the environment',
      template: environment(`      OptionSettings:
        - { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: StreamLogs, Value: 'true' }`),
      resource: 'Env',
    },
    {
      name: 'StreamLogs true in the configuration template it names',
      template: environment(
        `      TemplateName: !Ref Config`,
        `
  Config:
    Type: AWS::ElasticBeanstalk::ConfigurationTemplate
    Properties:
      ApplicationName: shop
      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
      OptionSettings:
        - { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: StreamLogs, Value: 'true' }`,
      ),
      resource: 'Env',
    },
  ],
  fail: [
    { name: 'no option settings (default false)', template: environment(''), resource: 'Env' },
    {
      name: 'StreamLogs false',
      template: environment(`      OptionSettings:
        - { Namespace: 'aws:elasticbeanstalk:cloudwatch:logs', OptionName: StreamLogs, Value: 'false' }`),
      resource: 'Env',
    },
  ],
  unknown: [
    {
      name: 'a configuration template defined outside the scanned templates',
      template: environment(`      TemplateName: shared-config`),
      resource: 'Env',
      message: 'not defined in the scanned templates',
    },
    {
      name: 'an option whose namespace comes from a parameter without a default',
      template: `Parameters:
  Namespace: { Type: String }
${environment(`      OptionSettings:
        - { Namespace: !Ref Namespace, OptionName: StreamLogs, Value: 'true' }`)}`,
      resource: 'Env',
    },
  ],
});

const bedrock = (invocationLogging: BedrockRegionSettings['invocationLogging']): BedrockRegionSettings => ({
  type: 'bedrock-region-settings',
  id: `111122223333/${REGION}/bedrock`,
  region: REGION,
  origin: liveOrigin(),
  invocationLogging,
});

inventoryCases('bedrock-invocation-logging', {
  pass: [
    {
      name: 'logging to a log group and a bucket',
      inventory: () => liveInventory([bedrock({ cloudWatchLogGroup: 'bedrock', s3Bucket: 'prompts' })]),
      message: 'log group bedrock and bucket prompts',
    },
  ],
  fail: [
    {
      name: 'never configured',
      inventory: () => liveInventory([bedrock(undefined)]),
      message: 'not configured',
    },
    {
      name: 'a configuration without a destination',
      inventory: () => liveInventory([bedrock({})]),
      message: 'no destination',
    },
  ],
  unknown: [
    {
      name: 'the setting could not be read',
      inventory: () => liveInventory([bedrock(denied('bedrock:GetModelInvocationLoggingConfiguration'))]),
      message: 'AccessDenied',
    },
  ],
  notApplicable: [
    {
      // The setting stays Unknown there, so a rule ignoring `notOffered` could not pass it either.
      name: "a region AWS's regional service list leaves Bedrock out of",
      inventory: () =>
        liveInventory([
          {
            ...bedrock(unknown(`Bedrock is not offered in ${REGION}`)),
            notOffered: `Bedrock is not offered in ${REGION} (AWS's regional service list, read 2026-11-20T12:00:00.000Z)`,
          },
        ]),
      message: "AWS's regional service list",
    },
  ],
});
