import { paginateListDirectoryBuckets, S3Client } from '@aws-sdk/client-s3';
import type { FetchContext } from '../../../src/sources/live/fetch/types.js';
import { sendPages } from '../../../src/sources/live/service.js';
import { LIST_DIRECTORY_BUCKETS } from './calls.js';

export async function fetchDirectoryBuckets({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(S3Client, region, { forcePathStyle: clients.settings.customEndpoint });
  await sendPages(rec, LIST_DIRECTORY_BUCKETS, region, undefined, () =>
    paginateListDirectoryBuckets({ client }, {}),
  );
}
