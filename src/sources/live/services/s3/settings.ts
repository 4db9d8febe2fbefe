/** A bucket's versioning, logging, notification, Object Lock, replication and lifecycle answers as facts. */
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type {
  S3AccessLogging,
  S3Bucket,
  S3Lifecycle,
  S3Replication,
  S3Versioning,
} from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import {
  GET_BUCKET_LIFECYCLE_CONFIGURATION,
  GET_BUCKET_LOGGING,
  GET_BUCKET_NOTIFICATION_CONFIGURATION,
  GET_BUCKET_REPLICATION,
  GET_BUCKET_VERSIONING,
  GET_OBJECT_LOCK_CONFIGURATION,
} from './calls.js';

function versioning(out: Output, Bucket: string, region: string): Maybe<S3Versioning> {
  const answer = out.one(GET_BUCKET_VERSIONING, Bucket, region);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`bucket ${Bucket}: GetBucketVersioning found nothing`);
  const place = describePlace(`bucket ${Bucket}`);
  // GetBucketVersioning omits Status and MFADelete for a bucket that never had them set.
  const status = setting(answer.value.Status, place, 'Status', { describeOmitted: 'Off' });
  const mfaDelete = setting(
    answer.value.MFADelete === undefined ? undefined : answer.value.MFADelete === 'Enabled',
    place,
    'MFADelete',
    { describeOmitted: false },
  );
  if (status !== 'Enabled' && status !== 'Suspended' && status !== 'Off')
    return unknown(`bucket ${Bucket}: unrecognized versioning status ${String(status)}`);
  return { status, mfaDelete };
}

function accessLogging(out: Output, Bucket: string, region: string): Maybe<S3AccessLogging> {
  const answer = out.one(GET_BUCKET_LOGGING, Bucket, region);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`bucket ${Bucket}: GetBucketLogging found nothing`);
  // An empty BucketLoggingStatus (no LoggingEnabled) means server access logging is off.
  const enabled = answer.value.LoggingEnabled;
  if (!enabled) return { enabled: false };
  return {
    enabled: true,
    targetBucket: enabled.TargetBucket ?? unknown(`bucket ${Bucket}: logging has no TargetBucket`),
  };
}

function eventNotifications(out: Output, Bucket: string, region: string): Maybe<boolean> {
  const answer = out.one(GET_BUCKET_NOTIFICATION_CONFIGURATION, Bucket, region);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return false;
  const config = answer.value;
  return (
    (config.TopicConfigurations?.length ?? 0) > 0 ||
    (config.QueueConfigurations?.length ?? 0) > 0 ||
    (config.LambdaFunctionConfigurations?.length ?? 0) > 0 ||
    config.EventBridgeConfiguration !== undefined
  );
}

function objectLock(out: Output, Bucket: string, region: string): Maybe<boolean> {
  const answer = out.one(GET_OBJECT_LOCK_CONFIGURATION, Bucket, region);
  if (answer.unknown) return answer.unknown;
  // ObjectLockConfigurationNotFoundError: the bucket was created without Object Lock.
  if (answer.notFound) return false;
  return answer.value.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled';
}

function replication(out: Output, Bucket: string, region: string): Maybe<S3Replication> {
  const answer = out.one(GET_BUCKET_REPLICATION, Bucket, region);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return { rules: [] };
  const rules = answer.value.ReplicationConfiguration?.Rules;
  if (!rules) return unknown(`bucket ${Bucket}: the replication configuration has no Rules`);
  return {
    rules: rules.map((rule) => ({
      enabled:
        rule.Status === undefined
          ? unknown(`bucket ${Bucket}: a replication rule has no Status`)
          : rule.Status === 'Enabled',
      destinationBucket:
        rule.Destination?.Bucket ?? unknown(`bucket ${Bucket}: a replication rule has no destination`),
    })),
  };
}

function lifecycle(out: Output, Bucket: string, region: string): Maybe<S3Lifecycle> {
  const answer = out.one(GET_BUCKET_LIFECYCLE_CONFIGURATION, Bucket, region);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return { totalRules: 0, enabledRules: 0 };
  const rules = answer.value.Rules ?? [];
  return { totalRules: rules.length, enabledRules: rules.filter((rule) => rule.Status === 'Enabled').length };
}

export function bucketSettings(
  out: Output,
  Bucket: string,
  region: string,
): Pick<
  S3Bucket,
  'versioning' | 'accessLogging' | 'eventNotifications' | 'objectLockEnabled' | 'replication' | 'lifecycle'
> {
  return {
    versioning: versioning(out, Bucket, region),
    accessLogging: accessLogging(out, Bucket, region),
    eventNotifications: eventNotifications(out, Bucket, region),
    objectLockEnabled: objectLock(out, Bucket, region),
    replication: replication(out, Bucket, region),
    lifecycle: lifecycle(out, Bucket, region),
  };
}
