import { DescribeServerCommand, paginateListServers, TransferClient } from '@aws-sdk/client-transfer';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_SERVER, LIST_SERVERS } from './calls.js';

export async function fetchTransfer({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(TransferClient, region);
  const servers = await sendPages(rec, LIST_SERVERS, region, undefined, () =>
    paginateListServers({ client, pageSize: 1000 }, {}),
  );
  await Promise.all(
    servers.pages
      .flatMap((page) => page.Servers ?? [])
      .map((server) => server.ServerId)
      .filter(present)
      .map((ServerId) =>
        send(rec, DESCRIBE_SERVER, region, ServerId, () =>
          client.send(new DescribeServerCommand({ ServerId })),
        ),
      ),
  );
}
