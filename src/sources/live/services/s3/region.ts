import type { GetBucketLocationCommandOutput } from '@aws-sdk/client-s3';
import type { Json } from '../../normalize/raw.js';

/** GetBucketLocation's answer as a region name: empty means us-east-1, `EU` is the old name of eu-west-1. */
export function locationToRegion(
  location: Json<GetBucketLocationCommandOutput> | undefined,
): string | undefined {
  if (!location) return undefined;
  const constraint = location.LocationConstraint;
  if (constraint === undefined || constraint === null || (constraint as string) === '') return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return constraint;
}

/** ListBuckets now names each bucket's region; older answers need GetBucketLocation. */
export function listedRegion(bucket: { BucketRegion?: string }): string | undefined {
  return bucket.BucketRegion || undefined;
}
