import {
  CloudWatchLogsClient,
  DescribeResourcePoliciesCommand,
  type DescribeResourcePoliciesCommandOutput,
  paginateDescribeLogGroups,
  paginateDescribeMetricFilters,
} from '@aws-sdk/client-cloudwatch-logs';
import { tokenPages, type FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_LOG_GROUPS, DESCRIBE_METRIC_FILTERS, DESCRIBE_RESOURCE_POLICIES } from './calls.js';

export async function fetchLogs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudWatchLogsClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_LOG_GROUPS, region, undefined, () => paginateDescribeLogGroups({ client }, {})),
    // No SDK paginator: follow nextToken, or policies past the first page go unread.
    sendPages(rec, DESCRIBE_RESOURCE_POLICIES, region, undefined, () =>
      tokenPages<DescribeResourcePoliciesCommandOutput>(
        (nextToken) => client.send(new DescribeResourcePoliciesCommand({ limit: 50, nextToken })),
        (page) => page.nextToken,
      ),
    ),
  ]);
}

/** Metric filters: one regional listing for every log group, read by the CIS metric-filter-and-alarm rules. */
export async function fetchMetricFilters({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudWatchLogsClient, region);
  // 50, the default, is also the largest page.
  await sendPages(rec, DESCRIBE_METRIC_FILTERS, region, undefined, () =>
    paginateDescribeMetricFilters({ client }, {}),
  );
}
