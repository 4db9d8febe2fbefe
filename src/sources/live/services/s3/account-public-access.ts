/** The account-level S3 Block Public Access (S3 Control GetPublicAccessBlock) as a fact. */
import type { Maybe } from '../../../../inventory/maybe.js';
import { bucketPublicAccess } from '../../../../inventory/facts/bucket-public-access.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import type { S3PublicAccessBlock } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_ACCOUNT_PUBLIC_ACCESS_BLOCK } from './calls.js';

/**
 * NoSuchPublicAccessBlockConfiguration: the account never set one, so all four
 * settings are off; a denied or failed call stays Unknown. Read by the S3
 * normalizer (each bucket's effective setting) and the IAM one (`aws-account`).
 */
export function accountPublicAccessBlockOf(out: Output): Maybe<S3PublicAccessBlock> {
  const answer = out.one(GET_ACCOUNT_PUBLIC_ACCESS_BLOCK, out.account);
  const place = describePlace(`account ${out.account}`);
  if (answer.notFound) return bucketPublicAccess('none-configured', place).publicAccessBlock;
  if (answer.unknown) return answer.unknown;
  const config = answer.value.PublicAccessBlockConfiguration;
  return bucketPublicAccess(
    config && {
      BlockPublicAcls: config.BlockPublicAcls,
      IgnorePublicAcls: config.IgnorePublicAcls,
      BlockPublicPolicy: config.BlockPublicPolicy,
      RestrictPublicBuckets: config.RestrictPublicBuckets,
    },
    place,
  ).publicAccessBlock;
}
