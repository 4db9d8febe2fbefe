import { BedrockClient, GetModelInvocationLoggingConfigurationCommand } from '@aws-sdk/client-bedrock';
import type { FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { GET_MODEL_INVOCATION_LOGGING_CONFIGURATION } from './calls.js';

export async function fetchBedrock({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(BedrockClient, region);
  await send(rec, GET_MODEL_INVOCATION_LOGGING_CONFIGURATION, region, undefined, () =>
    client.send(new GetModelInvocationLoggingConfigurationCommand({})),
  );
}
