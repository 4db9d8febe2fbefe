import {
  CloudFrontClient,
  GetDistributionConfigCommand,
  paginateListDistributions,
} from '@aws-sdk/client-cloudfront';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { GET_DISTRIBUTION_CONFIG, LIST_DISTRIBUTIONS } from './calls.js';

export async function fetchCloudFront({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudFrontClient, region);
  const listed = await sendPages(rec, LIST_DISTRIBUTIONS, region, undefined, () =>
    paginateListDistributions({ client }, {}),
  );
  const ids = listed.pages
    .flatMap((page) => page.DistributionList?.Items ?? [])
    .map((distribution) => distribution.Id)
    .filter(present);
  await Promise.all(
    ids.map((Id) =>
      send(rec, GET_DISTRIBUTION_CONFIG, region, Id, () =>
        client.send(new GetDistributionConfigCommand({ Id })),
      ),
    ),
  );
}
