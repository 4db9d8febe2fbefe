/** An S3 bucket's default encryption, with S3's documented defaults made explicit. */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { EncryptionAtRest } from '../model.js';
import { absent, below, required, type Place, type Raw } from './place.js';

/** One rule's `ApplyServerSideEncryptionByDefault`, undefined when the rule has none. */
export interface BucketEncryptionDefault {
  SSEAlgorithm: Raw<string>;
  KMSMasterKeyID?: Raw<string>;
}

/**
 * A bucket created without BucketEncryption is encrypted with SSE-S3: "Amazon S3
 * now applies server-side encryption with Amazon S3 managed keys (SSE-S3) as the
 * base level of encryption for every bucket" (S3 User Guide, "Setting default
 * server-side encryption behavior for Amazon S3 buckets", since January 5, 2023).
 */
export const NEW_BUCKET_ENCRYPTION: EncryptionAtRest = { state: 'aws-owned' };

/**
 * `rules`: each rule's default, in order; `'none-configured'` for the API's
 * ServerSideEncryptionConfigurationNotFoundError, which says the bucket has no
 * default encryption (read as unencrypted: the reading that cannot hide a gap).
 * The first rule with a default decides. `aws:kms` or `aws:kms:dsse` without a
 * key uses the AWS-managed key aws/s3 (PutBucketEncryption, KMSMasterKeyID).
 * Absent from a template: S3's default for new buckets. Absent from a
 * GetBucketEncryption answer, which always has its Rules: not read.
 */
export function bucketEncryption(
  rules: Raw<(BucketEncryptionDefault | undefined)[] | 'none-configured'>,
  place: Place,
  paths: { rules: string; byDefault: string },
): Maybe<EncryptionAtRest> {
  if (isUnknown(rules)) return rules;
  if (rules === 'none-configured') return { state: 'unencrypted' };
  if (rules === undefined)
    return place.from === 'create' ? NEW_BUCKET_ENCRYPTION : absent(place, paths.rules);
  const index = rules.findIndex((rule) => rule !== undefined);
  if (index === -1) return place.from === 'create' ? NEW_BUCKET_ENCRYPTION : { state: 'unencrypted' };
  const rule = rules[index] as BucketEncryptionDefault;
  const rulePlace = below(place, `${paths.rules}.${index}.${paths.byDefault}`);
  const algorithm = required(rule.SSEAlgorithm, rulePlace, 'SSEAlgorithm');
  if (isUnknown(algorithm)) return algorithm;
  if (algorithm === 'aws:kms' || algorithm === 'aws:kms:dsse') {
    const keyId = rule.KMSMasterKeyID === '' ? undefined : rule.KMSMasterKeyID;
    return { state: 'kms', keyId };
  }
  if (algorithm === 'AES256') return { state: 'aws-owned' };
  return unknown(`${rulePlace.field('SSEAlgorithm')}: unrecognized algorithm ${algorithm}`);
}
