import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import type { FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { DESCRIBE_CONFIGURATION_RECORDERS, DESCRIBE_CONFIGURATION_RECORDER_STATUS } from './calls.js';

export async function fetchConfig({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ConfigServiceClient, region);
  await Promise.all([
    send(rec, DESCRIBE_CONFIGURATION_RECORDERS, region, undefined, () =>
      client.send(new DescribeConfigurationRecordersCommand({})),
    ),
    send(rec, DESCRIBE_CONFIGURATION_RECORDER_STATUS, region, undefined, () =>
      client.send(new DescribeConfigurationRecorderStatusCommand({})),
    ),
  ]);
}
