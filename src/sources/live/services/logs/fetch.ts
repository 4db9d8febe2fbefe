import {
  CloudWatchLogsClient,
  DescribeResourcePoliciesCommand,
  paginateDescribeLogGroups,
  paginateDescribeMetricFilters,
} from '@aws-sdk/client-cloudwatch-logs';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_LOG_GROUPS, DESCRIBE_METRIC_FILTERS, DESCRIBE_RESOURCE_POLICIES } from './calls.js';

export async function fetchLogs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudWatchLogsClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_LOG_GROUPS, region, undefined, () => paginateDescribeLogGroups({ client }, {})),
    send(rec, DESCRIBE_RESOURCE_POLICIES, region, undefined, () =>
      client.send(new DescribeResourcePoliciesCommand({ limit: 50 })),
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
