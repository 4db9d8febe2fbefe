import { managementEventsOf } from '../../../cloudtrail-selectors.js';
import { dataEventsOf } from '../../../cloudtrail-data-events.js';
import type { Maybe } from '../../../../inventory/maybe.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_TRAILS, GET_EVENT_SELECTORS, GET_TRAIL_STATUS } from './calls.js';

export function normalizeCloudTrail(out: Output): void {
  const pages = out.list(DESCRIBE_TRAILS, ['cloudtrail-trail']);
  for (const trail of pages.flatMap((page) => page.trailList ?? [])) {
    if (!trail.TrailARN) continue;
    const home = trail.HomeRegion ?? out.region;
    // A shadow of a single-region trail homed elsewhere does not cover this region; only its home lists it as its own.
    if (home !== out.region && trail.IsMultiRegionTrail !== true) continue;
    const status = out.one(GET_TRAIL_STATUS, trail.TrailARN, home);
    let isLogging: Maybe<boolean>;
    if (status.value && typeof status.value.IsLogging === 'boolean') isLogging = status.value.IsLogging;
    else isLogging = status.unknown ?? unknown(`trail ${trail.TrailARN}: logging status could not be read`);
    const selectors = out.one(GET_EVENT_SELECTORS, trail.TrailARN, home);
    const managementEvents = selectors.value
      ? managementEventsOf(selectors.value.EventSelectors, selectors.value.AdvancedEventSelectors)
      : (selectors.unknown ?? unknown(`trail ${trail.TrailARN}: event selectors could not be read`));
    out.add({
      type: 'cloudtrail-trail',
      id: trail.TrailARN,
      arn: trail.TrailARN,
      name: trail.Name,
      region: home,
      origin: { kind: 'live', account: out.account, region: home },
      isMultiRegion:
        trail.IsMultiRegionTrail ?? unknown(`trail ${trail.TrailARN}: IsMultiRegionTrail missing`),
      managementEvents,
      logFileValidation:
        trail.LogFileValidationEnabled ??
        unknown(`trail ${trail.TrailARN}: LogFileValidationEnabled missing`),
      kmsKeyId: trail.KmsKeyId === '' ? undefined : trail.KmsKeyId,
      isLogging,
      homeRegion: home,
      // DescribeTrails leaves CloudWatchLogsLogGroupArn out when the trail does not deliver to CloudWatch Logs.
      cloudWatchLogsLogGroupArn: trail.CloudWatchLogsLogGroupArn ?? null,
      s3BucketName: trail.S3BucketName ?? unknown(`trail ${trail.TrailARN}: S3BucketName missing`),
      dataEvents: selectors.value
        ? dataEventsOf(selectors.value.EventSelectors, selectors.value.AdvancedEventSelectors)
        : (selectors.unknown ?? unknown(`trail ${trail.TrailARN}: event selectors could not be read`)),
    });
  }
}
