import {
  CloudWatchLogsClient,
  DescribeResourcePoliciesCommand,
  paginateDescribeLogGroups,
} from '@aws-sdk/client-cloudwatch-logs';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_LOG_GROUPS, DESCRIBE_RESOURCE_POLICIES } from './calls.js';

export async function fetchLogs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(CloudWatchLogsClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_LOG_GROUPS, region, undefined, () => paginateDescribeLogGroups({ client }, {})),
    send(rec, DESCRIBE_RESOURCE_POLICIES, region, undefined, () =>
      client.send(new DescribeResourcePoliciesCommand({ limit: 50 })),
    ),
  ]);
}
