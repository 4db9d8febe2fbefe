/** The fake of the example live service examples/live-service/s3express (S3 directory buckets). */
import type { Bucket } from '@aws-sdk/client-s3';
import type { FakeAccount } from '../account.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';

/** The directory buckets of an account (kept beside the fake, so adding the service edits no shared file). */
export const directoryBuckets = new WeakMap<FakeAccount, Bucket[]>();

export const s3express: ServiceDefinition = {
  signingName: 's3express',
  protocol: 'rest-xml',
  // One listing answers for every region.
  global: true,
  load: () => import('@aws-sdk/client-s3'),
  xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/',
  routes: [{ method: 'GET', path: /^\/$/, operation: 'ListDirectoryBuckets' }],
  operations: {
    ListDirectoryBuckets: (ctx) => {
      const page = paginate(
        directoryBuckets.get(ctx.account) ?? [],
        ctx.params['continuation-token'],
        ctx.pageSize(ctx.params['max-directory-buckets']),
        ctx.action,
        'InvalidArgument',
      );
      return { Buckets: page.items, ContinuationToken: page.next };
    },
  },
};
