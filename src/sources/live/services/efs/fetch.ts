import { EFSClient, paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import type { FetchContext } from '../../fetch/types.js';
import { sendPages } from '../../service.js';
import { DESCRIBE_FILE_SYSTEMS } from './calls.js';

export async function fetchEfs({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(EFSClient, region);
  await sendPages(rec, DESCRIBE_FILE_SYSTEMS, region, undefined, () =>
    paginateDescribeFileSystems({ client }, {}),
  );
}
