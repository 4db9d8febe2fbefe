import { CloudFrontClient, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { LIST_DISTRIBUTIONS } from './calls.js';

export async function fetchCloudFront({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudFrontClient, region);
  await sendPages(rec, LIST_DISTRIBUTIONS, region, undefined, () =>
    paginateListDistributions({ client }, {}),
  );
}
