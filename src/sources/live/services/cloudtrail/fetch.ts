import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import type { FetchContext } from '../../fetch/types.js';
import { send } from '../../service.js';
import { DESCRIBE_TRAILS, GET_EVENT_SELECTORS, GET_TRAIL_STATUS } from './calls.js';

/** Status and selectors are read in each trail's home region. */
export async function fetchCloudTrail({ rec, clients }: FetchContext, region: string): Promise<void> {
  const listed = await send(rec, DESCRIBE_TRAILS, region, undefined, () =>
    clients.get(CloudTrailClient, region).send(new DescribeTrailsCommand({ includeShadowTrails: true })),
  );
  await Promise.all(
    (listed.value?.trailList ?? []).map(async (trail) => {
      const arn = trail.TrailARN;
      if (!arn) return;
      const home = trail.HomeRegion ?? region;
      const client = clients.get(CloudTrailClient, home);
      await Promise.all([
        send(rec, GET_TRAIL_STATUS, home, arn, () => client.send(new GetTrailStatusCommand({ Name: arn }))),
        send(rec, GET_EVENT_SELECTORS, home, arn, () =>
          client.send(new GetEventSelectorsCommand({ TrailName: arn })),
        ),
      ]);
    }),
  );
}
