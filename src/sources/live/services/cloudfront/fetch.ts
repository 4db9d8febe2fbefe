import { CloudFrontClient, paginateListDistributions } from '@aws-sdk/client-cloudfront';
import type { Fetcher } from '../../fetch/types.js';

/** The distribution summaries carry the viewer certificate, behaviors and web ACL: no per-distribution call. */
export const cloudFrontFetcher: Fetcher = {
  service: 'cloudfront',
  scope: 'global',
  async fetch({ rec, clients }, region) {
    const client = clients.get(CloudFrontClient, region);
    await rec.paginate('cloudfront', 'ListDistributions', region, undefined, () =>
      paginateListDistributions({ client }, {}),
    );
  },
};
