import { KafkaClient, paginateListClustersV2 } from '@aws-sdk/client-kafka';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_CLUSTERS_V2 } from './calls.js';

export async function fetchKafka({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(KafkaClient, region);
  await sendPages(rec, LIST_CLUSTERS_V2, region, undefined, () =>
    paginateListClustersV2({ client, pageSize: 100 }, {}),
  );
}
