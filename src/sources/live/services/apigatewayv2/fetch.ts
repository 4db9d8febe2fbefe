import { ApiGatewayV2Client, GetApisCommand, GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { present, tokenPages, type FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { GET_APIS, GET_STAGES } from './calls.js';

/** The API's largest page (MaxResults is a string on the wire). */
const PAGE_SIZE = '500';

export async function fetchApiGatewayV2({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ApiGatewayV2Client, region);
  const apis = await sendPages(rec, GET_APIS, region, undefined, () =>
    tokenPages(
      (NextToken) => client.send(new GetApisCommand({ MaxResults: PAGE_SIZE, NextToken })),
      (page) => page.NextToken,
    ),
  );
  const ids = apis.pages
    .flatMap((page) => page.Items ?? [])
    .map((api) => api.ApiId)
    .filter(present);
  await Promise.all(
    ids.map((ApiId) =>
      sendPages(rec, GET_STAGES, region, ApiId, () =>
        tokenPages(
          (NextToken) => client.send(new GetStagesCommand({ ApiId, MaxResults: PAGE_SIZE, NextToken })),
          (page) => page.NextToken,
        ),
      ),
    ),
  );
}
