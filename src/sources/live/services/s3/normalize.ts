import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { bucketEncryption } from '../../../../inventory/facts/bucket-encryption.js';
import {
  bucketPublicAccess,
  type BucketPublicAccess,
} from '../../../../inventory/facts/bucket-public-access.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import type { EncryptionAtRest } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import {
  GET_BUCKET_ENCRYPTION,
  GET_BUCKET_LOCATION,
  GET_BUCKET_POLICY,
  GET_PUBLIC_ACCESS_BLOCK,
  LIST_BUCKETS,
} from './calls.js';
import { accountPublicAccessBlockOf } from './account-public-access.js';
import { listedRegion, locationToRegion } from './region.js';
import { bucketSettings } from './settings.js';

function encryption(out: Output, Bucket: string, region: string): Maybe<EncryptionAtRest> {
  const answer = out.one(GET_BUCKET_ENCRYPTION, Bucket, region);
  const place = describePlace(`bucket ${Bucket}`);
  const paths = { rules: 'Rules', byDefault: 'ApplyServerSideEncryptionByDefault' };
  if (answer.notFound) return bucketEncryption('none-configured', place, paths);
  if (answer.unknown) return answer.unknown;
  const rules = answer.value.ServerSideEncryptionConfiguration?.Rules;
  return bucketEncryption(
    rules?.map((rule) => rule.ApplyServerSideEncryptionByDefault),
    place,
    paths,
  );
}

function publicAccess(out: Output, Bucket: string, region: string): BucketPublicAccess {
  const answer = out.one(GET_PUBLIC_ACCESS_BLOCK, Bucket, region);
  const place = describePlace(`bucket ${Bucket}`);
  if (answer.notFound) return bucketPublicAccess('none-configured', place);
  if (answer.unknown) return bucketPublicAccess(answer.unknown, place);
  const config = answer.value.PublicAccessBlockConfiguration;
  return bucketPublicAccess(
    config && {
      BlockPublicAcls: config.BlockPublicAcls,
      IgnorePublicAcls: config.IgnorePublicAcls,
      BlockPublicPolicy: config.BlockPublicPolicy,
      RestrictPublicBuckets: config.RestrictPublicBuckets,
    },
    place,
  );
}

function policy(out: Output, Bucket: string, region: string): Maybe<unknown> {
  const answer = out.one(GET_BUCKET_POLICY, Bucket, region);
  if (answer.notFound) return undefined;
  if (answer.unknown) return answer.unknown;
  if (typeof answer.value.Policy !== 'string') return undefined;
  try {
    return JSON.parse(answer.value.Policy) as unknown;
  } catch {
    return unknown(`bucket ${Bucket}: the bucket policy is not valid JSON`);
  }
}

/** S3 is listed once (global) and each bucket is read in its own region. */
export function normalizeS3(out: Output): void {
  const buckets = out
    .list(LIST_BUCKETS, ['s3-bucket'], undefined, { gapRegion: undefined })
    .flatMap((page) => page.Buckets ?? []);
  const accountPublicAccessBlock = accountPublicAccessBlockOf(out);
  for (const bucket of buckets) {
    const Bucket = bucket.Name;
    if (!Bucket) continue;
    const region =
      listedRegion(bucket) ?? locationToRegion(out.one(GET_BUCKET_LOCATION, Bucket).value) ?? out.region;
    out.add({
      type: 's3-bucket',
      id: Bucket,
      arn: `arn:${out.partition}:s3:::${Bucket}`,
      name: Bucket,
      region,
      origin: { kind: 'live', account: out.account, region },
      encryption: encryption(out, Bucket, region),
      ...publicAccess(out, Bucket, region),
      accountPublicAccessBlock,
      policy: policy(out, Bucket, region),
      ...bucketSettings(out, Bucket, region),
    });
  }
}
