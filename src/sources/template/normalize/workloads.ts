/** Glue jobs, Step Functions, AppSync, Athena, DataSync, ECS, Elastic Beanstalk and FSx in templates. */
import { createPlace, required } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import {
  glueArgumentEncryption,
  glueCloudWatchEncryption,
  glueContinuousLogging,
  glueS3Encryption,
  streamLogsOption,
  type OptionSetting,
} from '../../../inventory/facts/workloads.js';
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  AppSyncGraphqlApi,
  AthenaWorkgroup,
  DataSyncTask,
  EcsContainerLogging,
  EcsTaskDefinition,
  ElasticBeanstalkEnvironment,
  FsxFileSystem,
  GlueCloudWatchEncryption,
  GlueJob,
  GlueS3Encryption,
  StepFunctionsStateMachine,
} from '../../../inventory/model.js';
import { isValueObject, type Value } from '../values.js';
import {
  baseOf,
  linkFact,
  optionalBoolFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

const GLUE_VERSION_DEFAULT = 'Glue API, Job.GlueVersion: jobs created without a Glue version default to 0.9';

/** The security configuration a job names: a template resource by `Ref`, or by its `Name`. */
function securityConfigurationOf(link: string, index: TemplateIndex): TemplateResource | undefined {
  const byRef = index.get(link);
  if (byRef?.cfnType === 'AWS::Glue::SecurityConfiguration') return byRef;
  return resourcesOfType(index, 'AWS::Glue::SecurityConfiguration').find(
    (candidate) => candidate.properties.Name === link,
  );
}

interface GlueEncryption {
  s3: Maybe<GlueS3Encryption>;
  cloudWatch: Maybe<GlueCloudWatchEncryption>;
}

function modeBlock(resource: TemplateResource, path: string, modeName: string) {
  const block = valueAt(resource, path);
  if (block instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${block.reason}`);
  if (block === undefined || block === null) return undefined;
  return { mode: stringFact(resource, `${path}.${modeName}`) };
}

function configuredEncryption(config: TemplateResource): GlueEncryption {
  const base = 'EncryptionConfiguration';
  const s3List = valueAt(config, `${base}.S3Encryptions`);
  // A list of S3Encryption; Glue applies the first.
  const s3Path = Array.isArray(s3List) ? `${base}.S3Encryptions.0` : `${base}.S3Encryptions`;
  const place = createPlace(config.logicalId);
  return {
    s3: glueS3Encryption(modeBlock(config, s3Path, 'S3EncryptionMode'), place, `${s3Path}.S3EncryptionMode`),
    cloudWatch: glueCloudWatchEncryption(
      modeBlock(config, `${base}.CloudWatchEncryption`, 'CloudWatchEncryptionMode'),
      place,
      `${base}.CloudWatchEncryption.CloudWatchEncryptionMode`,
    ),
  };
}

function glueEncryption(
  resource: TemplateResource,
  configuration: Maybe<string | undefined>,
  index: TemplateIndex,
): GlueEncryption {
  if (configuration instanceof Unknown) return { s3: configuration, cloudWatch: configuration };
  if (configuration === undefined) {
    return {
      s3: glueArgumentEncryption(stringFact(resource, 'DefaultArguments.--encryption-type')),
      cloudWatch: 'DISABLED',
    };
  }
  const config = securityConfigurationOf(configuration, index);
  if (!config) {
    const outside = unknown(
      `${resource.logicalId}.SecurityConfiguration: ${configuration} is not defined in the scanned templates`,
    );
    return { s3: outside, cloudWatch: outside };
  }
  return configuredEncryption(config);
}

function configurationName(link: Maybe<string | undefined>, index: TemplateIndex): Maybe<string | undefined> {
  if (link === undefined || link instanceof Unknown) return link;
  const name = securityConfigurationOf(link, index)?.properties.Name;
  return typeof name === 'string' ? name : link;
}

export function glueJob(resource: TemplateResource, index: TemplateIndex): GlueJob {
  const place = createPlace(resource.logicalId);
  const link = linkFact(resource, 'SecurityConfiguration');
  const encryption = glueEncryption(resource, link, index);
  return {
    type: 'glue-job',
    ...baseOf(resource, 'Name'),
    command: required(stringFact(resource, 'Command.Name'), place, 'Command.Name'),
    glueVersion: setting(stringFact(resource, 'GlueVersion'), place, 'GlueVersion', {
      createDefault: '0.9',
      defaultSource: GLUE_VERSION_DEFAULT,
    }),
    continuousLogging: glueContinuousLogging(
      stringFact(resource, 'DefaultArguments.--enable-continuous-cloudwatch-log'),
    ),
    // Its name as AWS knows it when the configuration is in the template (`Ref` yields the name).
    securityConfiguration: configurationName(link, index),
    s3Encryption: encryption.s3,
    cloudWatchEncryption: encryption.cloudWatch,
  };
}

export function stateMachine(resource: TemplateResource): StepFunctionsStateMachine {
  const place = createPlace(resource.logicalId);
  const configured = valueAt(resource, 'LoggingConfiguration');
  const level =
    configured === undefined
      ? setting(undefined, place, 'LoggingConfiguration', {
          createDefault: 'OFF',
          defaultSource:
            'Step Functions API, LoggingConfiguration: a state machine created without one logs nothing (level OFF)',
        })
      : setting(stringFact(resource, 'LoggingConfiguration.Level'), place, 'LoggingConfiguration.Level', {
          createDefault: 'OFF',
          defaultSource: 'Step Functions API, LoggingConfiguration.level: default OFF',
        });
  return { type: 'sfn-state-machine', ...baseOf(resource, 'StateMachineName'), loggingLevel: level };
}

export function graphqlApi(resource: TemplateResource): AppSyncGraphqlApi {
  const place = createPlace(resource.logicalId);
  const logConfig = valueAt(resource, 'LogConfig');
  return {
    type: 'appsync-graphql-api',
    ...baseOf(resource, 'Name'),
    // No LogConfig: the API writes no field logs. A LogConfig needs its FieldLogLevel (the API requires it).
    fieldLogLevel:
      logConfig === undefined || logConfig === null
        ? undefined
        : required(stringFact(resource, 'LogConfig.FieldLogLevel'), place, 'LogConfig.FieldLogLevel'),
  };
}

export function athenaWorkgroup(resource: TemplateResource): AthenaWorkgroup {
  const place = createPlace(resource.logicalId);
  const path = 'WorkGroupConfiguration.PublishCloudWatchMetricsEnabled';
  return {
    type: 'athena-workgroup',
    ...baseOf(resource, 'Name'),
    publishCloudWatchMetrics: setting(optionalBoolFact(resource, path), place, path),
  };
}

export function dataSyncTask(resource: TemplateResource): DataSyncTask {
  const place = createPlace(resource.logicalId);
  return {
    type: 'datasync-task',
    ...baseOf(resource, 'Name'),
    cloudWatchLogGroupArn: setting(
      linkFact(resource, 'CloudWatchLogGroupArn'),
      place,
      'CloudWatchLogGroupArn',
      {
        createDefault: undefined,
        defaultSource:
          'AWS::DataSync::Task: without CloudWatchLogGroupArn a Basic mode task has no log group',
      },
    ),
    logLevel: stringFact(resource, 'Options.LogLevel'),
    taskMode: setting(stringFact(resource, 'TaskMode'), place, 'TaskMode', {
      createDefault: 'BASIC',
      defaultSource: 'DataSync API, CreateTask TaskMode: BASIC unless ENHANCED is chosen',
    }),
  };
}

function container(resource: TemplateResource, index: number): Maybe<EcsContainerLogging> {
  const path = `ContainerDefinitions.${index}`;
  const name = stringFact(resource, `${path}.Name`);
  if (name instanceof Unknown) return name;
  return {
    name: name ?? `container ${index + 1}`,
    logDriver: stringFact(resource, `${path}.LogConfiguration.LogDriver`),
  };
}

export function ecsTaskDefinition(resource: TemplateResource): EcsTaskDefinition {
  const list = valueAt(resource, 'ContainerDefinitions');
  let containers: Maybe<EcsContainerLogging[]>;
  if (list instanceof Unknown)
    containers = unknown(`${resource.logicalId}.ContainerDefinitions: ${list.reason}`);
  else if (list === undefined || list === null) containers = [];
  else if (!Array.isArray(list))
    containers = unknown(`${resource.logicalId}.ContainerDefinitions: not a list`);
  else {
    const read = list.map((_, i) => container(resource, i));
    containers =
      read.find((entry): entry is Unknown => entry instanceof Unknown) ?? (read as EcsContainerLogging[]);
  }
  return { type: 'ecs-task-definition', ...baseOf(resource, 'Family'), containers };
}

function optionSettings(resource: TemplateResource): Maybe<OptionSetting[]> {
  const list = valueAt(resource, 'OptionSettings');
  if (list instanceof Unknown) return unknown(`${resource.logicalId}.OptionSettings: ${list.reason}`);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return unknown(`${resource.logicalId}.OptionSettings: not a list`);
  return list.map((entry: Value, i) => {
    const path = `OptionSettings.${i}`;
    if (!isValueObject(entry) && !(entry instanceof Unknown)) {
      return { namespace: undefined, optionName: undefined, value: undefined };
    }
    return {
      namespace: stringFact(resource, `${path}.Namespace`),
      optionName: stringFact(resource, `${path}.OptionName`),
      value: stringFact(resource, `${path}.Value`),
    };
  });
}

function streamLogsOf(resource: TemplateResource): Maybe<boolean | undefined> {
  const settings = optionSettings(resource);
  if (settings instanceof Unknown) return settings;
  return streamLogsOption(settings, createPlace(resource.logicalId));
}

export function beanstalkEnvironment(
  resource: TemplateResource,
  index: TemplateIndex,
): ElasticBeanstalkEnvironment {
  const place = createPlace(resource.logicalId);
  let streamLogs = streamLogsOf(resource);
  if (streamLogs === undefined) {
    // Not set on the environment: its configuration template's setting applies, if it names one.
    const templateName = linkFact(resource, 'TemplateName');
    if (templateName instanceof Unknown) streamLogs = templateName;
    else if (templateName !== undefined) {
      const configTemplate = index.get(templateName);
      if (configTemplate?.cfnType !== 'AWS::ElasticBeanstalk::ConfigurationTemplate') {
        streamLogs = unknown(
          `${resource.logicalId}.TemplateName: ${templateName} is not defined in the scanned templates`,
        );
      } else {
        streamLogs = streamLogsOf(configTemplate);
        if (streamLogs === undefined && valueAt(configTemplate, 'SourceConfiguration') !== undefined) {
          streamLogs = unknown(
            `${configTemplate.logicalId}.SourceConfiguration: the copied configuration is not in the scanned templates`,
          );
        }
      }
    }
  }
  return {
    type: 'elasticbeanstalk-environment',
    ...baseOf(resource, 'EnvironmentName'),
    streamLogs: setting(streamLogs, place, 'OptionSettings aws:elasticbeanstalk:cloudwatch:logs StreamLogs', {
      createDefault: false,
      defaultSource:
        'Elastic Beanstalk general options, aws:elasticbeanstalk:cloudwatch:logs StreamLogs: default false',
    }),
  };
}

export function fsxFileSystem(resource: TemplateResource): FsxFileSystem {
  const place = createPlace(resource.logicalId);
  return {
    type: 'fsx-file-system',
    ...baseOf(resource),
    fileSystemType: required(stringFact(resource, 'FileSystemType'), place, 'FileSystemType'),
  };
}
