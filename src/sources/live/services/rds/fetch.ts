import {
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBSubnetGroups,
  RDSClient,
} from '@aws-sdk/client-rds';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_DB_CLUSTERS, DESCRIBE_DB_INSTANCES, DESCRIBE_DB_SUBNET_GROUPS } from './calls.js';

export async function fetchRds({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(RDSClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_DB_INSTANCES, region, undefined, () =>
      paginateDescribeDBInstances({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_DB_CLUSTERS, region, undefined, () => paginateDescribeDBClusters({ client }, {})),
    sendPages(rec, DESCRIBE_DB_SUBNET_GROUPS, region, undefined, () =>
      paginateDescribeDBSubnetGroups({ client }, {}),
    ),
  ]);
}
