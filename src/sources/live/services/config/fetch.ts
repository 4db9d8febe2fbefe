import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import type { Fetcher } from '../../fetch/types.js';

export const configFetcher: Fetcher = {
  service: 'config',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(ConfigServiceClient, region);
    await Promise.all([
      rec.call('config', 'DescribeConfigurationRecorders', region, undefined, () =>
        client.send(new DescribeConfigurationRecordersCommand({})),
      ),
      rec.call('config', 'DescribeConfigurationRecorderStatus', region, undefined, () =>
        client.send(new DescribeConfigurationRecorderStatusCommand({})),
      ),
    ]);
  },
};
