/**
 * Workload services whose logging and encryption settings the catalogue reads:
 * Glue jobs, Step Functions, AppSync, Athena, Bedrock, DataSync, ECS, Elastic
 * Beanstalk and FSx.
 */
import type { Maybe } from '../maybe.js';
import type { ResourceBase } from './base.js';

/** What a Glue security configuration asks for; DISABLED when it has no block for that target. */
export type GlueS3Encryption = 'DISABLED' | 'SSE-S3' | 'SSE-KMS';
export type GlueCloudWatchEncryption = 'DISABLED' | 'SSE-KMS';

export interface GlueJob extends ResourceBase<'glue-job'> {
  /** `glueetl`, `gluestreaming`, `pythonshell`, `glueray`. */
  command: Maybe<string>;
  /** `0.9` ... `5.0`: from 5.0 every job logs to CloudWatch in real time. */
  glueVersion: Maybe<string>;
  /** The `--enable-continuous-cloudwatch-log` default argument; undefined when not set. */
  continuousLogging: Maybe<boolean | undefined>;
  /** The security configuration's name; undefined when the job names none. */
  securityConfiguration: Maybe<string | undefined>;
  /** Encryption of what the job writes to S3: its security configuration's, or the `--encryption-type` argument's. */
  s3Encryption: Maybe<GlueS3Encryption>;
  /** Encryption of the job's CloudWatch logs, from its security configuration. */
  cloudWatchEncryption: Maybe<GlueCloudWatchEncryption>;
}

export type StateMachineLogLevel = 'ALL' | 'ERROR' | 'FATAL' | 'OFF';

export interface StepFunctionsStateMachine extends ResourceBase<'sfn-state-machine'> {
  loggingLevel: Maybe<StateMachineLogLevel | string>;
}

export interface AppSyncGraphqlApi extends ResourceBase<'appsync-graphql-api'> {
  /** `NONE`, `ERROR`, `INFO`, `DEBUG`, `ALL`; undefined when the API has no log configuration. */
  fieldLogLevel: Maybe<string | undefined>;
}

export interface AthenaWorkgroup extends ResourceBase<'athena-workgroup'> {
  /** `PublishCloudWatchMetricsEnabled` of the workgroup configuration (what FSBP Athena.4 calls logging). */
  publishCloudWatchMetrics: Maybe<boolean>;
}

/** Bedrock's per-region account setting (live only). */
export interface BedrockRegionSettings extends ResourceBase<'bedrock-region-settings'> {
  /** Whether model invocation logging is configured, with where it delivers. */
  invocationLogging: Maybe<{ cloudWatchLogGroup?: string; s3Bucket?: string } | undefined>;
  /** Set when AWS's regional service list says Bedrock is not offered in the region: why (nothing was called). */
  notOffered?: string;
}

export interface DataSyncTask extends ResourceBase<'datasync-task'> {
  /** undefined: the task has no log group. */
  cloudWatchLogGroupArn: Maybe<string | undefined>;
  /** Options.LogLevel: `OFF`, `BASIC`, `TRANSFER`; undefined when unset. */
  logLevel: Maybe<string | undefined>;
  /** `BASIC` or `ENHANCED`: Enhanced mode tasks always log to `/aws/datasync`. */
  taskMode: Maybe<string | undefined>;
}

export interface EcsContainerLogging {
  name: string;
  /** The container's log driver; undefined when it has no LogConfiguration. */
  logDriver: Maybe<string | undefined>;
}

/** The latest active revision of a task definition family (live), or a template's task definition. */
export interface EcsTaskDefinition extends ResourceBase<'ecs-task-definition'> {
  containers: Maybe<EcsContainerLogging[]>;
}

export interface ElasticBeanstalkEnvironment extends ResourceBase<'elasticbeanstalk-environment'> {
  /** Option `aws:elasticbeanstalk:cloudwatch:logs` / `StreamLogs`. */
  streamLogs: Maybe<boolean>;
}

export interface FsxFileSystem extends ResourceBase<'fsx-file-system'> {
  /** `WINDOWS`, `LUSTRE`, `ONTAP`, `OPENZFS`. */
  fileSystemType: Maybe<string>;
}
