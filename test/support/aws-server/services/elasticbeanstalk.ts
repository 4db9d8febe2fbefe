import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';
import './workloads-data.js';

export const elasticbeanstalk: ServiceDefinition = {
  signingName: 'elasticbeanstalk',
  protocol: 'query',
  xmlNamespace: 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/',
  load: () => import('@aws-sdk/client-elastic-beanstalk'),
  operations: {
    DescribeEnvironments: (ctx) => {
      const page = paginate(
        regionOf(ctx).elasticbeanstalk?.environments ?? [],
        ctx.params.NextToken,
        ctx.pageSize(ctx.params.MaxRecords === undefined ? undefined : Number(ctx.params.MaxRecords)),
        ctx.action,
        'InvalidParameterValue',
      );
      return { Environments: page.items, NextToken: page.next };
    },
    DescribeConfigurationSettings: (ctx) => {
      const application = required(ctx.params.ApplicationName, 'ApplicationName');
      const name = required(ctx.params.EnvironmentName, 'EnvironmentName');
      const data = regionOf(ctx).elasticbeanstalk;
      const environment = data?.environments.find(
        (env) => env.EnvironmentName === name && env.ApplicationName === application,
      );
      if (!environment) {
        throw new AwsError(
          'InvalidParameterValue',
          `No Environment found for EnvironmentName = '${name}'.`,
          400,
        );
      }
      return {
        ConfigurationSettings: [
          {
            ApplicationName: application,
            EnvironmentName: name,
            SolutionStackName: environment.SolutionStackName,
            DeploymentStatus: 'deployed',
            OptionSettings: data?.optionSettings?.[name] ?? [],
          },
        ],
      };
    },
  },
};
