import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 's3-event-notifications',
  title: 'S3 buckets send event notifications',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['s3-bucket'],
  rationale:
    'Event notifications (to SNS, SQS, Lambda or EventBridge) let object creation and deletion be acted on as ' +
    'they happen, for example to alert on mass deletions or to process uploads. Steampipe maps this check to ' +
    'SOC 2 monitoring; on its own it does not prove anyone watches the events.',
  remediation: {
    summary:
      'Configure at least one event notification destination, or send the bucket events to EventBridge.',
    cloudformation:
      'AWS::S3::Bucket: `NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } }`',
    cdk: 'new s3.Bucket(this, "B", { eventBridgeEnabled: true })',
    cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration \'{"EventBridgeConfiguration": {}}\'',
  },
  equivalents: {
    prowler: ['s3_bucket_event_notifications_enabled'],
    steampipe: ['s3_bucket_event_notifications_enabled'],
    fsbp: ['S3.11'],
  },
  evaluate(bucket) {
    const configured = bucket.eventNotifications;
    if (configured === undefined) return undetermined('the notification configuration was not read');
    if (isUnknown(configured)) return undetermined(configured);
    return configured
      ? pass('event notifications are configured', { eventNotifications: true })
      : fail('no event notification is configured', { eventNotifications: false });
  },
});
