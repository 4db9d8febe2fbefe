import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketLoggingCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient,
} from '@aws-sdk/client-s3-control';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  GET_BUCKET_LIFECYCLE_CONFIGURATION,
  GET_BUCKET_LOGGING,
  GET_BUCKET_NOTIFICATION_CONFIGURATION,
  GET_BUCKET_REPLICATION,
  GET_BUCKET_VERSIONING,
  GET_OBJECT_LOCK_CONFIGURATION,
  GET_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  GET_BUCKET_ENCRYPTION,
  GET_BUCKET_LOCATION,
  GET_BUCKET_POLICY,
  GET_PUBLIC_ACCESS_BLOCK,
  LIST_BUCKETS,
} from './calls.js';
import { listedRegion, locationToRegion } from './region.js';

export function s3Client({ clients }: FetchContext, region: string): S3Client {
  return clients.get(S3Client, region, {
    forcePathStyle: clients.settings.customEndpoint,
    followRegionRedirects: true,
  });
}

/**
 * S3 Control puts the account id in the host name (`<account>.s3-control...`),
 * even on a custom endpoint; an injected endpoint or AWS_ENDPOINT_URL(_S3_CONTROL)
 * (the loopback fake, LocalStack) has no such names, so it is used as is.
 */
function s3ControlClient({ clients }: FetchContext, region: string): S3ControlClient {
  const fromEnv = process.env.AWS_ENDPOINT_URL_S3_CONTROL || process.env.AWS_ENDPOINT_URL || undefined;
  const endpoint = clients.settings.endpoint ?? fromEnv;
  return clients.get(
    S3ControlClient,
    region,
    endpoint === undefined ? {} : { endpointProvider: () => ({ url: new URL(endpoint) }) },
  );
}

async function fetchAccountPublicAccessBlock(ctx: FetchContext, globalRegion: string): Promise<void> {
  const AccountId = ctx.account;
  await send(ctx.rec, GET_ACCOUNT_PUBLIC_ACCESS_BLOCK, globalRegion, AccountId, () =>
    s3ControlClient(ctx, globalRegion).send(new GetAccountPublicAccessBlockCommand({ AccountId })),
  );
}

/** Listed once (global); each bucket is read in its own region. */
async function fetchBuckets(ctx: FetchContext, globalRegion: string): Promise<void> {
  const { rec } = ctx;
  const listClient = s3Client(ctx, globalRegion);
  const listed = await sendPages(rec, LIST_BUCKETS, globalRegion, undefined, () =>
    paginateListBuckets({ client: listClient }, {}),
  );
  const buckets = listed.pages.flatMap((page) => page.Buckets ?? []);
  await Promise.all(
    buckets.map(async (bucket) => {
      const Bucket = bucket.Name;
      if (!Bucket) return;
      let region = listedRegion(bucket);
      if (!region) {
        const location = await send(rec, GET_BUCKET_LOCATION, globalRegion, Bucket, () =>
          listClient.send(new GetBucketLocationCommand({ Bucket })),
        );
        region = locationToRegion(location.value) ?? globalRegion;
      }
      const client = s3Client(ctx, region);
      await Promise.all([
        send(rec, GET_BUCKET_ENCRYPTION, region, Bucket, () =>
          client.send(new GetBucketEncryptionCommand({ Bucket })),
        ),
        send(rec, GET_PUBLIC_ACCESS_BLOCK, region, Bucket, () =>
          client.send(new GetPublicAccessBlockCommand({ Bucket })),
        ),
        send(rec, GET_BUCKET_POLICY, region, Bucket, () =>
          client.send(new GetBucketPolicyCommand({ Bucket })),
        ),
        send(rec, GET_BUCKET_VERSIONING, region, Bucket, () =>
          client.send(new GetBucketVersioningCommand({ Bucket })),
        ),
        send(rec, GET_BUCKET_LOGGING, region, Bucket, () =>
          client.send(new GetBucketLoggingCommand({ Bucket })),
        ),
        send(rec, GET_BUCKET_NOTIFICATION_CONFIGURATION, region, Bucket, () =>
          client.send(new GetBucketNotificationConfigurationCommand({ Bucket })),
        ),
        send(rec, GET_OBJECT_LOCK_CONFIGURATION, region, Bucket, () =>
          client.send(new GetObjectLockConfigurationCommand({ Bucket })),
        ),
        send(rec, GET_BUCKET_REPLICATION, region, Bucket, () =>
          client.send(new GetBucketReplicationCommand({ Bucket })),
        ),
        send(rec, GET_BUCKET_LIFECYCLE_CONFIGURATION, region, Bucket, () =>
          client.send(new GetBucketLifecycleConfigurationCommand({ Bucket })),
        ),
      ]);
    }),
  );
}

/** The account's Block Public Access and every bucket's settings. */
export async function fetchS3(ctx: FetchContext, globalRegion: string): Promise<void> {
  await Promise.all([fetchAccountPublicAccessBlock(ctx, globalRegion), fetchBuckets(ctx, globalRegion)]);
}
