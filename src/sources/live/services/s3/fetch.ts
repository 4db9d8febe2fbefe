import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
} from '@aws-sdk/client-s3';
import { listedRegion, locationToRegion } from './region.js';
import type { FetchContext, Fetcher } from '../../fetch/types.js';

export function s3Client({ clients }: FetchContext, region: string): S3Client {
  return clients.get(S3Client, region, {
    forcePathStyle: clients.settings.customEndpoint,
    followRegionRedirects: true,
  });
}

export const s3Fetcher: Fetcher = {
  service: 's3',
  scope: 'global',
  async fetch(ctx, globalRegion) {
    const { rec } = ctx;
    const listClient = s3Client(ctx, globalRegion);
    const listed = await rec.paginate('s3', 'ListBuckets', globalRegion, undefined, () =>
      paginateListBuckets({ client: listClient }, {}),
    );
    const buckets = listed.pages.flatMap((page) => page.Buckets ?? []);
    await Promise.all(
      buckets.map(async (bucket) => {
        const Bucket = bucket.Name;
        if (!Bucket) return;
        let region = listedRegion(bucket);
        if (!region) {
          const location = await rec.call('s3', 'GetBucketLocation', globalRegion, { Bucket }, () =>
            listClient.send(new GetBucketLocationCommand({ Bucket })),
          );
          region = locationToRegion(location.value) ?? globalRegion;
        }
        const client = s3Client(ctx, region);
        await Promise.all([
          rec.call('s3', 'GetBucketEncryption', region, { Bucket }, () =>
            client.send(new GetBucketEncryptionCommand({ Bucket })),
          ),
          rec.call('s3', 'GetPublicAccessBlock', region, { Bucket }, () =>
            client.send(new GetPublicAccessBlockCommand({ Bucket })),
          ),
          rec.call('s3', 'GetBucketPolicy', region, { Bucket }, () =>
            client.send(new GetBucketPolicyCommand({ Bucket })),
          ),
        ]);
      }),
    );
  },
};
