import { KafkaConnectClient, paginateListConnectors } from '@aws-sdk/client-kafkaconnect';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_CONNECTORS } from './calls.js';

export async function fetchKafkaConnect({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(KafkaConnectClient, region);
  await sendPages(rec, LIST_CONNECTORS, region, undefined, () =>
    paginateListConnectors({ client, pageSize: 100 }, {}),
  );
}
