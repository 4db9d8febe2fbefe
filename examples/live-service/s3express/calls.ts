import type { ListDirectoryBucketsCommandOutput } from '@aws-sdk/client-s3';
import { serviceCalls } from '../../../src/sources/live/service.js';

// Directory buckets (S3 Express One Zone) have their own IAM service prefix; the S3 client sends the call.
const s3express = serviceCalls('s3express', '@aws-sdk/client-s3', 's3express');

/** Every directory bucket of the account, in every region, in one listing. */
export const LIST_DIRECTORY_BUCKETS = s3express.call<ListDirectoryBucketsCommandOutput>(
  'ListDirectoryBuckets',
  {
    iam: 's3express:ListAllMyDirectoryBuckets',
    responseRoot: 'ListAllMyDirectoryBucketsResult',
  },
);
