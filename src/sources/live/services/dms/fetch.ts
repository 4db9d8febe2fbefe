import {
  DatabaseMigrationServiceClient,
  paginateDescribeEndpoints,
  paginateDescribeReplicationInstances,
  paginateDescribeReplicationTasks,
} from '@aws-sdk/client-database-migration-service';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_ENDPOINTS, DESCRIBE_REPLICATION_INSTANCES, DESCRIBE_REPLICATION_TASKS } from './calls.js';

/** The API's largest page. */
const PAGE = 100;

export async function fetchDms({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(DatabaseMigrationServiceClient, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_ENDPOINTS, region, undefined, () =>
      paginateDescribeEndpoints({ client, pageSize: PAGE }, {}),
    ),
    sendPages(rec, DESCRIBE_REPLICATION_INSTANCES, region, undefined, () =>
      paginateDescribeReplicationInstances({ client, pageSize: PAGE }, {}),
    ),
    // Task settings are the logging configuration; WithoutSettings would leave them out.
    sendPages(rec, DESCRIBE_REPLICATION_TASKS, region, undefined, () =>
      paginateDescribeReplicationTasks({ client, pageSize: PAGE }, { WithoutSettings: false }),
    ),
  ]);
}
