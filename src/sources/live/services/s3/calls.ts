import type {
  GetBucketLifecycleConfigurationCommandOutput,
  GetBucketLoggingCommandOutput,
  GetBucketNotificationConfigurationCommandOutput,
  GetBucketReplicationCommandOutput,
  GetBucketVersioningCommandOutput,
  GetObjectLockConfigurationCommandOutput,
  GetBucketEncryptionCommandOutput,
  GetBucketLocationCommandOutput,
  GetBucketPolicyCommandOutput,
  GetPublicAccessBlockCommandOutput,
  ListBucketsCommandOutput,
} from '@aws-sdk/client-s3';
import type { GetPublicAccessBlockCommandOutput as GetAccountPublicAccessBlockOutput } from '@aws-sdk/client-s3-control';
import { serviceCalls } from '../../service.js';

// IAM names S3's read actions differently from the API operations.
const s3 = serviceCalls('s3', '@aws-sdk/client-s3', 's3');

/** Listed once, in the partition's global region. */
export const LIST_BUCKETS = s3.call<ListBucketsCommandOutput>('ListBuckets', {
  iam: 's3:ListAllMyBuckets',
  responseRoot: 'ListAllMyBucketsResult',
});

// The account-level Block Public Access is an S3 Control operation, signed for `s3` like the bucket calls.
const s3Control = serviceCalls('s3', '@aws-sdk/client-s3-control', 's3');

/** Once per account: S3 ORs these settings with each bucket's own. */
export const GET_ACCOUNT_PUBLIC_ACCESS_BLOCK = s3Control.call<GetAccountPublicAccessBlockOutput, string>(
  'GetPublicAccessBlock',
  {
    iam: 's3:GetAccountPublicAccessBlock',
    params: (AccountId) => ({ AccountId }),
    responseRoot: 'PublicAccessBlockConfiguration',
  },
);

/** Only for a bucket the listing gave no region for. */
export const GET_BUCKET_LOCATION = s3.call<GetBucketLocationCommandOutput, string>('GetBucketLocation', {
  params: (Bucket) => ({ Bucket }),
  after: [LIST_BUCKETS],
  responseRoot: 'LocationConstraint',
});

// Each bucket is read in its own region.
const perBucket = { params: (Bucket: string) => ({ Bucket }), after: [GET_BUCKET_LOCATION], anyRegion: true };

export const GET_BUCKET_ENCRYPTION = s3.call<GetBucketEncryptionCommandOutput, string>(
  'GetBucketEncryption',
  {
    iam: 's3:GetEncryptionConfiguration',
    responseRoot: 'ServerSideEncryptionConfiguration',
    ...perBucket,
  },
);

export const GET_PUBLIC_ACCESS_BLOCK = s3.call<GetPublicAccessBlockCommandOutput, string>(
  'GetPublicAccessBlock',
  { iam: 's3:GetBucketPublicAccessBlock', responseRoot: 'PublicAccessBlockConfiguration', ...perBucket },
);

export const GET_BUCKET_POLICY = s3.call<GetBucketPolicyCommandOutput, string>('GetBucketPolicy', perBucket);

export const GET_BUCKET_VERSIONING = s3.call<GetBucketVersioningCommandOutput, string>(
  'GetBucketVersioning',
  {
    iam: 's3:GetBucketVersioning',
    responseRoot: 'VersioningConfiguration',
    ...perBucket,
  },
);

export const GET_BUCKET_LOGGING = s3.call<GetBucketLoggingCommandOutput, string>('GetBucketLogging', {
  iam: 's3:GetBucketLogging',
  responseRoot: 'BucketLoggingStatus',
  ...perBucket,
});

export const GET_BUCKET_NOTIFICATION_CONFIGURATION = s3.call<
  GetBucketNotificationConfigurationCommandOutput,
  string
>('GetBucketNotificationConfiguration', {
  iam: 's3:GetBucketNotification',
  responseRoot: 'NotificationConfiguration',
  ...perBucket,
});

export const GET_OBJECT_LOCK_CONFIGURATION = s3.call<GetObjectLockConfigurationCommandOutput, string>(
  'GetObjectLockConfiguration',
  { iam: 's3:GetBucketObjectLockConfiguration', responseRoot: 'ObjectLockConfiguration', ...perBucket },
);

export const GET_BUCKET_REPLICATION = s3.call<GetBucketReplicationCommandOutput, string>(
  'GetBucketReplication',
  { iam: 's3:GetReplicationConfiguration', responseRoot: 'ReplicationConfiguration', ...perBucket },
);

export const GET_BUCKET_LIFECYCLE_CONFIGURATION = s3.call<
  GetBucketLifecycleConfigurationCommandOutput,
  string
>('GetBucketLifecycleConfiguration', {
  iam: 's3:GetLifecycleConfiguration',
  responseRoot: 'LifecycleConfiguration',
  ...perBucket,
});
