import type { FakeBucket } from '../account.js';
import { notFound } from '../aws-error.js';
import { escapeXml } from '../serde.js';
import { paginate } from '../paginate.js';
import { RawBody, type CallContext, type ServiceDefinition } from '../service.js';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const BUCKET = /^\/(?<Bucket>[^/]+)\/?$/;
const ACCOUNT_PUBLIC_ACCESS_BLOCK = /^\/v20180820\/configuration\/publicAccessBlock$/;

function bucketOf(ctx: CallContext): FakeBucket {
  const name = ctx.pathParams.Bucket ?? '';
  const bucket = ctx.account.s3?.buckets.find((b) => b.name === name);
  if (!bucket) throw notFound('NoSuchBucket', `The specified bucket does not exist: ${name}`);
  return bucket;
}

export const s3: ServiceDefinition = {
  signingName: 's3',
  protocol: 'rest-xml',
  /** Buckets are global: any region answers any bucket (no 301 redirects on the loopback endpoint). */
  global: true,
  load: () => import('@aws-sdk/client-s3'),
  xmlNamespace: S3_NS,
  errorCodes: { Throttling: { code: 'SlowDown', status: 503, message: 'Please reduce your request rate.' } },
  routes: [
    { method: 'GET', path: /^\/$/, operation: 'ListBuckets' },
    // S3 Control (signed for `s3` too): the account id travels in the x-amz-account-id header.
    { method: 'GET', path: ACCOUNT_PUBLIC_ACCESS_BLOCK, operation: 'GetPublicAccessBlock' },
    { method: 'GET', path: BUCKET, subresource: 'location', operation: 'GetBucketLocation' },
    { method: 'GET', path: BUCKET, subresource: 'encryption', operation: 'GetBucketEncryption' },
    { method: 'GET', path: BUCKET, subresource: 'publicAccessBlock', operation: 'GetPublicAccessBlock' },
    { method: 'GET', path: BUCKET, subresource: 'policy', operation: 'GetBucketPolicy' },
    { method: 'GET', path: BUCKET, subresource: 'versioning', operation: 'GetBucketVersioning' },
    { method: 'GET', path: BUCKET, subresource: 'logging', operation: 'GetBucketLogging' },
    {
      method: 'GET',
      path: BUCKET,
      subresource: 'notification',
      operation: 'GetBucketNotificationConfiguration',
    },
    { method: 'GET', path: BUCKET, subresource: 'object-lock', operation: 'GetObjectLockConfiguration' },
    { method: 'GET', path: BUCKET, subresource: 'replication', operation: 'GetBucketReplication' },
    { method: 'GET', path: BUCKET, subresource: 'lifecycle', operation: 'GetBucketLifecycleConfiguration' },
  ],
  operations: {
    ListBuckets: (ctx) => {
      const buckets = ctx.account.s3?.buckets ?? [];
      const page = paginate(
        buckets,
        ctx.params['continuation-token'],
        ctx.pageSize(ctx.params['max-buckets']),
        ctx.action,
        'InvalidArgument',
      );
      return {
        Buckets: page.items.map((b) => ({
          Name: b.name,
          CreationDate: b.creationDate,
          BucketRegion: b.region,
        })),
        Owner: { ID: `owner-${ctx.account.accountId}`, DisplayName: 'owner' },
        ContinuationToken: page.next,
      };
    },
    GetBucketLocation: (ctx) => {
      const bucket = bucketOf(ctx);
      const location = bucket.region === 'us-east-1' ? '' : escapeXml(bucket.region);
      return new RawBody(
        `<?xml version="1.0" encoding="UTF-8"?>\n<LocationConstraint xmlns="${S3_NS}">${location}</LocationConstraint>`,
        'application/xml',
        {
          'x-amz-bucket-region': bucket.region,
        },
      );
    },
    GetBucketEncryption: (ctx) => {
      const bucket = bucketOf(ctx);
      if (!bucket.encryption)
        throw notFound(
          'ServerSideEncryptionConfigurationNotFoundError',
          'The server side encryption configuration was not found',
        );
      return { ServerSideEncryptionConfiguration: bucket.encryption };
    },
    GetPublicAccessBlock: (ctx) => {
      // S3 Control's account-level operation shares the name, and the answer's shape, with the bucket one.
      if (ctx.pathParams.Bucket === undefined) {
        const configuration = ctx.account.s3?.accountPublicAccessBlock;
        if (!configuration)
          throw notFound(
            'NoSuchPublicAccessBlockConfiguration',
            'The public access block configuration was not found',
          );
        return { PublicAccessBlockConfiguration: configuration };
      }
      const bucket = bucketOf(ctx);
      if (!bucket.publicAccessBlock)
        throw notFound(
          'NoSuchPublicAccessBlockConfiguration',
          'The public access block configuration was not found',
        );
      return { PublicAccessBlockConfiguration: bucket.publicAccessBlock };
    },
    GetBucketPolicy: (ctx) => {
      const bucket = bucketOf(ctx);
      if (bucket.policy === undefined)
        throw notFound('NoSuchBucketPolicy', 'The bucket policy does not exist');
      return new RawBody(bucket.policy, 'application/json', { 'x-amz-bucket-region': bucket.region });
    },
    GetBucketVersioning: (ctx) => ({ ...bucketOf(ctx).versioning }),
    GetBucketLogging: (ctx) => {
      const logging = bucketOf(ctx).logging;
      return logging ? { LoggingEnabled: logging } : {};
    },
    GetBucketNotificationConfiguration: (ctx) => ({ ...bucketOf(ctx).notifications }),
    GetObjectLockConfiguration: (ctx) => {
      const bucket = bucketOf(ctx);
      if (!bucket.objectLock)
        throw notFound(
          'ObjectLockConfigurationNotFoundError',
          'Object Lock configuration does not exist for this bucket',
        );
      return { ObjectLockConfiguration: bucket.objectLock };
    },
    GetBucketReplication: (ctx) => {
      const bucket = bucketOf(ctx);
      if (!bucket.replication)
        throw notFound(
          'ReplicationConfigurationNotFoundError',
          'The replication configuration was not found',
        );
      return { ReplicationConfiguration: bucket.replication };
    },
    GetBucketLifecycleConfiguration: (ctx) => {
      const bucket = bucketOf(ctx);
      if (!bucket.lifecycleRules)
        throw notFound('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist');
      return { Rules: bucket.lifecycleRules };
    },
  },
};
