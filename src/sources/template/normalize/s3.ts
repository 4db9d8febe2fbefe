/**
 * S3 bucket settings beyond encryption and public access: versioning, server
 * access logging, event notifications, Object Lock, replication and lifecycle,
 * with a new bucket's defaults (all off) where a property is unset.
 */
import { isUnknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  S3AccessLogging,
  S3Bucket,
  S3Lifecycle,
  S3Replication,
  S3Versioning,
} from '../../../inventory/model.js';
import { createPlace } from '../../../inventory/facts/place.js';
import { setting } from '../../../inventory/facts/setting.js';
import {
  linkFact,
  optionalBoolFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { mayNotExist } from './conditional-attachment.js';

const NEW_BUCKET = 'AWS::S3::Bucket: a bucket is created without it unless the property is set';

function versioning(resource: TemplateResource): Maybe<S3Versioning> {
  const status = stringFact(resource, 'VersioningConfiguration.Status');
  if (isUnknown(status)) return status;
  // MFA delete can only be turned on by the root user through the API, never by CloudFormation.
  const mfaDelete = unknown(`${resource.logicalId}: MFA delete is not a template setting`);
  if (status === undefined) return { status: 'Off', mfaDelete };
  if (status === 'Enabled' || status === 'Suspended') return { status, mfaDelete };
  return unknown(`${resource.logicalId}.VersioningConfiguration.Status: unrecognized value ${status}`);
}

function accessLogging(resource: TemplateResource): Maybe<S3AccessLogging> {
  const config = valueAt(resource, 'LoggingConfiguration');
  if (isUnknown(config)) return unknown(`${resource.logicalId}.LoggingConfiguration: ${config.reason}`);
  if (config === undefined || config === null) return { enabled: false };
  const target = linkFact(resource, 'LoggingConfiguration.DestinationBucketName');
  // Without a destination, S3 writes the logs to the bucket itself.
  return { enabled: true, targetBucket: target ?? resource.id };
}

const NOTIFICATION_LISTS = ['LambdaConfigurations', 'QueueConfigurations', 'TopicConfigurations'];

/**
 * Whether a notification configuration sends anything. An unresolved list
 * item (an `Fn::If` on an undecided condition, often with an `AWS::NoValue`
 * branch) may not exist, so only a resolved item proves a notification.
 */
function hasNotifications(owner: TemplateResource, path: string): Maybe<boolean> {
  const config = valueAt(owner, path);
  if (isUnknown(config)) return unknown(`${owner.logicalId}.${path}: ${config.reason}`);
  if (config === undefined || config === null) return false;
  let result: Maybe<boolean> = false;
  for (const list of NOTIFICATION_LISTS) {
    const entries = valueAt(owner, `${path}.${list}`);
    if (isUnknown(entries)) result = unknown(`${owner.logicalId}.${path}.${list}: ${entries.reason}`);
    if (!Array.isArray(entries)) continue;
    if (entries.some((entry) => !isUnknown(entry))) return true;
    const unresolved = entries.find(isUnknown);
    if (unresolved) {
      result = unknown(`${owner.logicalId}.${path}.${list}: an item may not exist (${unresolved.reason})`);
    }
  }
  const eventBridge = optionalBoolFact(owner, `${path}.EventBridgeConfiguration.EventBridgeEnabled`);
  if (eventBridge === true) return true;
  if (isUnknown(eventBridge)) return eventBridge;
  return result;
}

/** CDK writes bucket notifications through a custom resource naming the bucket. */
export const CDK_NOTIFICATIONS_TYPE = 'Custom::S3BucketNotifications';

function eventNotifications(resource: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  const own = hasNotifications(resource, 'NotificationConfiguration');
  if (own === true) return true;
  let undecided = isUnknown(own) ? own : undefined;
  for (const other of resourcesOfType(index, CDK_NOTIFICATIONS_TYPE)) {
    const bucket = linkFact(other, 'BucketName');
    if (isUnknown(bucket)) return unknown(`${other.logicalId}.BucketName: ${bucket.reason}`);
    if (bucket !== resource.id) continue;
    const viaCdk = hasNotifications(other, 'NotificationConfiguration');
    if (viaCdk === false) continue;
    const absent = mayNotExist(other, resource);
    if (absent) undecided ??= unknown(`notification configuration ${absent.reason}`);
    else if (viaCdk === true) return true;
    else undecided ??= viaCdk;
  }
  return undecided ?? false;
}

function replication(resource: TemplateResource): Maybe<S3Replication> {
  const rules = valueAt(resource, 'ReplicationConfiguration.Rules');
  if (isUnknown(rules))
    return unknown(`${resource.logicalId}.ReplicationConfiguration.Rules: ${rules.reason}`);
  if (rules === undefined || rules === null) return { rules: [] };
  if (!Array.isArray(rules))
    return unknown(`${resource.logicalId}.ReplicationConfiguration.Rules is not a list`);
  return {
    rules: rules.map((_, position) => {
      const path = `ReplicationConfiguration.Rules.${position}`;
      const status = stringFact(resource, `${path}.Status`);
      const destination = linkFact(resource, `${path}.Destination.Bucket`);
      return {
        enabled: isUnknown(status) ? status : status === 'Enabled',
        destinationBucket:
          destination === undefined
            ? unknown(`${resource.logicalId}.${path}.Destination.Bucket is not set`)
            : destination,
      };
    }),
  };
}

function lifecycle(resource: TemplateResource): Maybe<S3Lifecycle> {
  const rules = valueAt(resource, 'LifecycleConfiguration.Rules');
  if (isUnknown(rules)) return unknown(`${resource.logicalId}.LifecycleConfiguration.Rules: ${rules.reason}`);
  if (rules === undefined || rules === null) return { totalRules: 0, enabledRules: 0 };
  if (!Array.isArray(rules))
    return unknown(`${resource.logicalId}.LifecycleConfiguration.Rules is not a list`);
  let enabled = 0;
  for (const position of rules.keys()) {
    const status = stringFact(resource, `LifecycleConfiguration.Rules.${position}.Status`);
    if (isUnknown(status)) return { totalRules: rules.length, enabledRules: status };
    if (status === 'Enabled') enabled += 1;
  }
  return { totalRules: rules.length, enabledRules: enabled };
}

export function s3BucketSettings(
  resource: TemplateResource,
  index: TemplateIndex,
): Pick<
  S3Bucket,
  'versioning' | 'accessLogging' | 'eventNotifications' | 'objectLockEnabled' | 'replication' | 'lifecycle'
> {
  return {
    versioning: versioning(resource),
    accessLogging: accessLogging(resource),
    eventNotifications: eventNotifications(resource, index),
    objectLockEnabled: setting(
      optionalBoolFact(resource, 'ObjectLockEnabled'),
      createPlace(resource.logicalId),
      'ObjectLockEnabled',
      { createDefault: false, defaultSource: NEW_BUCKET },
    ),
    replication: replication(resource),
    lifecycle: lifecycle(resource),
  };
}
