import type {
  DescribeConfigurationSettingsCommandOutput,
  DescribeEnvironmentsCommandOutput,
} from '@aws-sdk/client-elastic-beanstalk';
import { serviceCalls } from '../../service.js';

const beanstalk = serviceCalls('elasticbeanstalk', '@aws-sdk/client-elastic-beanstalk', 'elasticbeanstalk');

export const DESCRIBE_ENVIRONMENTS = beanstalk.call<DescribeEnvironmentsCommandOutput>(
  'DescribeEnvironments',
  {
    params: () => ({ IncludeDeleted: false }),
  },
);

export interface EnvironmentKey {
  ApplicationName: string;
  EnvironmentName: string;
}

/** Per environment: option settings are not in the listing. */
export const DESCRIBE_CONFIGURATION_SETTINGS = beanstalk.call<
  DescribeConfigurationSettingsCommandOutput,
  EnvironmentKey
>('DescribeConfigurationSettings', {
  params: ({ ApplicationName, EnvironmentName }) => ({ ApplicationName, EnvironmentName }),
  after: [DESCRIBE_ENVIRONMENTS],
});
