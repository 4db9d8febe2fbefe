import type {
  DescribeTrailsCommandOutput,
  GetEventSelectorsCommandOutput,
  GetTrailStatusCommandOutput,
} from '@aws-sdk/client-cloudtrail';
import { serviceCalls } from '../../service.js';

const cloudtrail = serviceCalls('cloudtrail', '@aws-sdk/client-cloudtrail', 'cloudtrail');

/** Shadow trails included, so a multi-region trail homed in an unscanned region still counts. */
export const DESCRIBE_TRAILS = cloudtrail.call<DescribeTrailsCommandOutput>('DescribeTrails', {
  params: () => ({ includeShadowTrails: true }),
});

/** Read once per trail (by ARN), in its home region, however many regions list it. */
export const GET_TRAIL_STATUS = cloudtrail.call<GetTrailStatusCommandOutput, string>('GetTrailStatus', {
  params: (trailArn) => ({ Name: trailArn }),
  after: [DESCRIBE_TRAILS],
  anyRegion: true,
});

export const GET_EVENT_SELECTORS = cloudtrail.call<GetEventSelectorsCommandOutput, string>(
  'GetEventSelectors',
  { params: (trailArn) => ({ TrailName: trailArn }), after: [DESCRIBE_TRAILS], anyRegion: true },
);
