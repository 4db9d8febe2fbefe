import {
  ElastiCacheClient,
  paginateDescribeCacheClusters,
  paginateDescribeReplicationGroups,
} from '@aws-sdk/client-elasticache';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_CACHE_CLUSTERS, DESCRIBE_REPLICATION_GROUPS } from './calls.js';

export async function fetchElastiCache({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ElastiCacheClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_REPLICATION_GROUPS, region, undefined, () =>
      paginateDescribeReplicationGroups({ client, pageSize: 100 }, {}),
    ),
    sendPages(rec, DESCRIBE_CACHE_CLUSTERS, region, undefined, () =>
      paginateDescribeCacheClusters({ client, pageSize: 100 }, {}),
    ),
  ]);
}
