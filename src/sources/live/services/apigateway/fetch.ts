import { APIGatewayClient, GetStagesCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_REST_APIS, GET_STAGES } from './calls.js';

export async function fetchApiGateway({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(APIGatewayClient, region);
  const apis = await sendPages(rec, GET_REST_APIS, region, undefined, () =>
    paginateGetRestApis({ client }, {}),
  );
  const ids = apis.pages
    .flatMap((page) => page.items ?? [])
    .map((api) => api.id)
    .filter(present);
  await Promise.all(
    ids.map((restApiId) =>
      send(rec, GET_STAGES, region, restApiId, () => client.send(new GetStagesCommand({ restApiId }))),
    ),
  );
}
