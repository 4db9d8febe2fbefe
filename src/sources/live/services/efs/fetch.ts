import { EFSClient, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import type { Fetcher } from '../../fetch/types.js';

export const efsFetcher: Fetcher = {
  service: 'efs',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(EFSClient, region);
    await rec.paginate('efs', 'DescribeFileSystems', region, undefined, () =>
      paginateDescribeFileSystems({ client }, {}),
    );
  },
};
