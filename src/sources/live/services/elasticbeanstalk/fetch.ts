import {
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  ElasticBeanstalkClient,
} from '@aws-sdk/client-elastic-beanstalk';
import { tokenPages, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_CONFIGURATION_SETTINGS, DESCRIBE_ENVIRONMENTS } from './calls.js';

export async function fetchElasticBeanstalk({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ElasticBeanstalkClient, region);
  const listed = await sendPages(rec, DESCRIBE_ENVIRONMENTS, region, undefined, () =>
    tokenPages(
      (NextToken) =>
        client.send(new DescribeEnvironmentsCommand({ IncludeDeleted: false, MaxRecords: 1000, NextToken })),
      (page) => page.NextToken,
    ),
  );
  await Promise.all(
    listed.pages
      .flatMap((page) => page.Environments ?? [])
      .flatMap(({ ApplicationName, EnvironmentName }) =>
        ApplicationName && EnvironmentName ? [{ ApplicationName, EnvironmentName }] : [],
      )
      .map((key) =>
        send(rec, DESCRIBE_CONFIGURATION_SETTINGS, region, key, () =>
          client.send(new DescribeConfigurationSettingsCommand(key)),
        ),
      ),
  );
}
