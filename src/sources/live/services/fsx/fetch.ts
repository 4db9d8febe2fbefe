import { FSxClient, paginateDescribeFileSystems } from '@aws-sdk/client-fsx';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_FILE_SYSTEMS } from './calls.js';

export async function fetchFsx({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(FSxClient, region);
  await sendPages(rec, DESCRIBE_FILE_SYSTEMS, region, undefined, () =>
    paginateDescribeFileSystems({ client, pageSize: 2147483647 }, {}),
  );
}
