import { CloudWatchLogsClient, paginateDescribeLogGroups } from '@aws-sdk/client-cloudwatch-logs';
import type { Fetcher } from '../../fetch/types.js';

export const logsFetcher: Fetcher = {
  service: 'logs',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(CloudWatchLogsClient, region);
    await rec.paginate('logs', 'DescribeLogGroups', region, undefined, () =>
      paginateDescribeLogGroups({ client }, {}),
    );
  },
};
