import { DescribeBrokerCommand, MqClient, paginateListBrokers } from '@aws-sdk/client-mq';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_BROKER, LIST_BROKERS } from './calls.js';

export async function fetchMq({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(MqClient, region);
  const listed = await sendPages(rec, LIST_BROKERS, region, undefined, () =>
    paginateListBrokers({ client }, { MaxResults: 100 }),
  );
  const ids = listed.pages.flatMap((page) => page.BrokerSummaries ?? []).map((broker) => broker.BrokerId);
  await Promise.all(
    ids.map(async (brokerId) => {
      if (!brokerId) return;
      await send(rec, DESCRIBE_BROKER, region, brokerId, () =>
        client.send(new DescribeBrokerCommand({ BrokerId: brokerId })),
      );
    }),
  );
}
