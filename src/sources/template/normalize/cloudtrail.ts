/** CloudTrail trail settings beyond coverage and integrity: CloudWatch Logs delivery, bucket, data events. */
import type { CloudTrailTrail } from '../../../inventory/model.js';
import { dataEventsOf } from '../../cloudtrail-data-events.js';
import { linkFact, requireKnown, valueAt, type TemplateResource } from './context.js';

export function trailSettings(
  resource: TemplateResource,
): Pick<CloudTrailTrail, 'cloudWatchLogsLogGroupArn' | 's3BucketName' | 'dataEvents'> {
  const logGroup = linkFact(resource, 'CloudWatchLogsLogGroupArn');
  const eventSelectors = valueAt(resource, 'EventSelectors');
  const advancedSelectors = valueAt(resource, 'AdvancedEventSelectors');
  return {
    // Unset: the trail delivers to S3 only.
    cloudWatchLogsLogGroupArn: logGroup === undefined ? null : logGroup,
    s3BucketName: requireKnown(linkFact(resource, 'S3BucketName'), resource, 'S3BucketName'),
    dataEvents: dataEventsOf(eventSelectors, advancedSelectors),
  };
}
