import { AppSyncClient, paginateListGraphqlApis } from '@aws-sdk/client-appsync';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_GRAPHQL_APIS } from './calls.js';

export async function fetchAppSync({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(AppSyncClient, region);
  await sendPages(rec, LIST_GRAPHQL_APIS, region, undefined, () =>
    paginateListGraphqlApis({ client, pageSize: 25 }, {}),
  );
}
