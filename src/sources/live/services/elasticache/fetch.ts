import { ElastiCacheClient, paginateDescribeReplicationGroups } from '@aws-sdk/client-elasticache';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_REPLICATION_GROUPS } from './calls.js';

export async function fetchElastiCache({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ElastiCacheClient, region);
  await sendPages(rec, DESCRIBE_REPLICATION_GROUPS, region, undefined, () =>
    paginateDescribeReplicationGroups({ client, pageSize: 100 }, {}),
  );
}
