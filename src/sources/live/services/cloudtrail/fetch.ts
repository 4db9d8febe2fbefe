import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import type { Fetcher } from '../../fetch/types.js';

/**
 * Shadow trails are included so a multi-region trail homed in an unscanned
 * region still counts; status and selectors are read once per trail, in its
 * home region, however many regions list it.
 */
export const cloudTrailFetcher: Fetcher = {
  service: 'cloudtrail',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const listed = await rec.call('cloudtrail', 'DescribeTrails', region, { includeShadowTrails: true }, () =>
      clients.get(CloudTrailClient, region).send(new DescribeTrailsCommand({ includeShadowTrails: true })),
    );
    await Promise.all(
      (listed.value?.trailList ?? []).map(async (trail) => {
        if (!trail.TrailARN) return;
        const home = clients.get(CloudTrailClient, trail.HomeRegion ?? region);
        const Name = trail.TrailARN;
        await Promise.all([
          rec.call('cloudtrail', 'GetTrailStatus', trail.HomeRegion ?? region, { Name }, () =>
            home.send(new GetTrailStatusCommand({ Name })),
          ),
          rec.call('cloudtrail', 'GetEventSelectors', trail.HomeRegion ?? region, { TrailName: Name }, () =>
            home.send(new GetEventSelectorsCommand({ TrailName: Name })),
          ),
        ]);
      }),
    );
  },
};
