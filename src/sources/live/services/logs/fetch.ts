import { CloudWatchLogsClient, paginateDescribeLogGroups } from '@aws-sdk/client-cloudwatch-logs';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_LOG_GROUPS } from './calls.js';

export async function fetchLogs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudWatchLogsClient, region);
  await sendPages(rec, DESCRIBE_LOG_GROUPS, region, undefined, () =>
    paginateDescribeLogGroups({ client }, {}),
  );
}
