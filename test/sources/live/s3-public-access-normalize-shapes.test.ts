/**
 * S3 Block Public Access, bucket and account level, on recorded answers the
 * sample lacks (issue 12, found by mutation testing): an answer without
 * PublicAccessBlockConfiguration or a denied call is UNKNOWN naming the bucket or
 * account, never "all blocked"; NoSuchPublicAccessBlockConfiguration is "nothing
 * blocked"; a setting left out of a configuration is off.
 */
import { describe, expect, it } from 'vitest';
import { accountPublicAccessBlockOf } from '../../../src/sources/live/services/s3/account-public-access.js';
import {
  GET_ACCOUNT_PUBLIC_ACCESS_BLOCK,
  GET_PUBLIC_ACCESS_BLOCK,
  LIST_BUCKETS,
} from '../../../src/sources/live/services/s3/calls.js';
import { normalizeS3 } from '../../../src/sources/live/services/s3/normalize.js';
import {
  ACCOUNT,
  DENIED,
  NOT_FOUND,
  outputOf,
  plain,
  recorded,
  type RecordedAnswer,
} from './recorded-output.js';

const BUCKET = 'audit-logs-111122223333';
const NOTHING_BLOCKED = {
  blockPublicAcls: false,
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
};

/** The bucket's and the account's settings when both calls got `answer`. */
function settings(answer: RecordedAnswer) {
  const out = outputOf([
    recorded(LIST_BUCKETS, undefined, {
      responses: [{ Buckets: [{ Name: BUCKET, BucketRegion: 'us-east-1' }] }],
    }),
    recorded(GET_PUBLIC_ACCESS_BLOCK, BUCKET, answer),
    recorded(GET_ACCOUNT_PUBLIC_ACCESS_BLOCK, ACCOUNT, answer),
  ]);
  normalizeS3(out);
  const bucket = out.resources.find((resource) => resource.type === 's3-bucket');
  if (bucket?.type !== 's3-bucket') throw new Error('no bucket normalized');
  return plain({
    bucket: bucket.publicAccessBlock,
    bucketDefault: bucket.publicAccessBlockDefault,
    account: accountPublicAccessBlockOf(out),
  });
}

describe('S3 Block Public Access, recorded shapes', () => {
  it.each<[string, RecordedAnswer, Record<string, unknown>]>([
    [
      'all four settings on',
      {
        responses: [
          {
            PublicAccessBlockConfiguration: {
              BlockPublicAcls: true,
              IgnorePublicAcls: true,
              BlockPublicPolicy: true,
              RestrictPublicBuckets: true,
            },
          },
        ],
      },
      {
        bucket: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
        bucketDefault: undefined,
        account: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      },
    ],
    [
      'a setting left out is off',
      { responses: [{ PublicAccessBlockConfiguration: { BlockPublicAcls: true } }] },
      {
        bucket: { ...NOTHING_BLOCKED, blockPublicAcls: true },
        bucketDefault: undefined,
        account: { ...NOTHING_BLOCKED, blockPublicAcls: true },
      },
    ],
    [
      'an answer without PublicAccessBlockConfiguration: UNKNOWN naming bucket and account',
      { responses: [{}] },
      {
        bucket: `UNKNOWN: bucket ${BUCKET}: PublicAccessBlockConfiguration was not returned`,
        bucketDefault: undefined,
        account: `UNKNOWN: account ${ACCOUNT}: PublicAccessBlockConfiguration was not returned`,
      },
    ],
    [
      'a denied call: UNKNOWN with the denial',
      { error: DENIED },
      {
        bucket: 'UNKNOWN: s3:GetPublicAccessBlock failed in us-east-1: AccessDenied: not authorized',
        bucketDefault: undefined,
        account: 'UNKNOWN: s3:GetPublicAccessBlock failed in us-east-1: AccessDenied: not authorized',
      },
    ],
    [
      'no configuration at all: nothing blocked',
      { error: NOT_FOUND },
      {
        bucket: NOTHING_BLOCKED,
        bucketDefault: 'the bucket has no Block Public Access configuration',
        account: NOTHING_BLOCKED,
      },
    ],
  ])('%s', (_name, answer, expected) => {
    expect(settings(answer)).toEqual(expected);
  });
});
