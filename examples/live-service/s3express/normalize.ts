import { unknown } from '../../../src/inventory/maybe.js';
import type { Output } from '../../../src/sources/live/normalize/raw.js';
import { LIST_DIRECTORY_BUCKETS } from './calls.js';

/**
 * "All S3 Block Public Access settings are enabled by default at the bucket
 * level for directory buckets and can't be modified" (Amazon S3 User Guide,
 * "Security best practices for directory buckets").
 */
const ALWAYS_BLOCKED = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};

/** A directory bucket is an S3 bucket to the rules; what this example does not read stays Unknown. */
export function normalizeDirectoryBuckets(out: Output): void {
  const buckets = out
    .list(LIST_DIRECTORY_BUCKETS, ['s3-bucket'], undefined, { gapRegion: undefined })
    .flatMap((page) => page.Buckets ?? []);
  for (const bucket of buckets) {
    if (!bucket.Name) continue;
    const region = bucket.BucketRegion ?? out.region;
    out.add({
      type: 's3-bucket',
      id: bucket.Name,
      arn: `arn:${out.partition}:s3express:${region}:${out.account}:bucket/${bucket.Name}`,
      name: bucket.Name,
      region,
      origin: { kind: 'live', account: out.account, region },
      encryption: unknown(`directory bucket ${bucket.Name}: encryption is not read by the s3express example`),
      publicAccessBlock: ALWAYS_BLOCKED,
      policy: unknown(
        `directory bucket ${bucket.Name}: the bucket policy is not read by the s3express example`,
      ),
    });
  }
}
