import { APIGatewayClient, GetStagesCommand, paginateGetRestApis } from '@aws-sdk/client-api-gateway';
import type { Fetcher } from '../../fetch/types.js';
import { present } from '../../fetch/types.js';

export const apiGatewayFetcher: Fetcher = {
  service: 'apigateway',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(APIGatewayClient, region);
    const apis = await rec.paginate('apigateway', 'GetRestApis', region, undefined, () =>
      paginateGetRestApis({ client }, {}),
    );
    const ids = apis.pages
      .flatMap((page) => page.items ?? [])
      .map((api) => api.id)
      .filter(present);
    // GetStages answers every stage of an API at once; it has no pagination.
    await Promise.all(
      ids.map((restApiId) =>
        rec.call('apigateway', 'GetStages', region, { restApiId }, () =>
          client.send(new GetStagesCommand({ restApiId })),
        ),
      ),
    );
  },
};
