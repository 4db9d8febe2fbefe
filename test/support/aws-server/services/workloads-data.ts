/**
 * What the fake account holds for the workload services (Glue, Step Functions,
 * AppSync, Athena, Bedrock, DataSync, ECS, Elastic Beanstalk, FSx), in the SDK's
 * output shapes, merged into FakeRegion from here so account.ts stays small.
 */
import type { GraphqlApi } from '@aws-sdk/client-appsync';
import type { WorkGroup } from '@aws-sdk/client-athena';
import type { LoggingConfig } from '@aws-sdk/client-bedrock';
import type { DescribeTaskResponse } from '@aws-sdk/client-datasync';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import type { ConfigurationOptionSetting, EnvironmentDescription } from '@aws-sdk/client-elastic-beanstalk';
import type { FileSystem } from '@aws-sdk/client-fsx';
import type { Job, SecurityConfiguration } from '@aws-sdk/client-glue';
import type { DescribeStateMachineOutput } from '@aws-sdk/client-sfn';

declare module '../account.js' {
  interface FakeRegion {
    glue?: { jobs: Job[]; securityConfigurations?: SecurityConfiguration[] };
    sfn?: { stateMachines: DescribeStateMachineOutput[] };
    appsync?: { apis: GraphqlApi[] };
    athena?: { workGroups: WorkGroup[] };
    /** Bedrock's invocation logging setting; undefined: never configured. */
    bedrock?: { loggingConfig?: LoggingConfig };
    datasync?: { tasks: DescribeTaskResponse[] };
    /** Every revision, ACTIVE or INACTIVE. */
    ecs?: { taskDefinitions: TaskDefinition[] };
    elasticbeanstalk?: {
      environments: EnvironmentDescription[];
      /** Option settings by environment name, as DescribeConfigurationSettings answers (defaults included). */
      optionSettings?: Record<string, ConfigurationOptionSetting[]>;
    };
    fsx?: { fileSystems: FileSystem[] };
  }
}
