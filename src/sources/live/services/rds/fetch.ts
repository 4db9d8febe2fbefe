import {
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSubnetGroups,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { Fetcher } from '../../fetch/types.js';

export const rdsFetcher: Fetcher = {
  service: 'rds',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(RDSClient, region);
    await Promise.all([
      rec.paginate('rds', 'DescribeDBInstances', region, undefined, () =>
        paginateDescribeDBInstances({ client }, {}),
      ),
      rec.paginate('rds', 'DescribeDBClusters', region, undefined, () =>
        paginateDescribeDBClusters({ client }, {}),
      ),
      rec.paginate('rds', 'DescribeDBSubnetGroups', region, undefined, () =>
        paginateDescribeDBSubnetGroups({ client }, {}),
      ),
    ]);
  },
};
