import type { FakeTrail } from '../account.js';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type CallContext, type ServiceDefinition } from '../service.js';
import { required } from './common.js';

/** Trails visible in the region: its own, plus every other region's multi-region trails (shadow trails). */
function visibleTrails(ctx: CallContext, includeShadow = true): FakeTrail[] {
  return Object.entries(ctx.account.regions).flatMap(([region, data]) =>
    (data.cloudtrail?.trails ?? []).filter(
      (t) => region === ctx.region || (includeShadow && t.trail.IsMultiRegionTrail),
    ),
  );
}

function findTrail(ctx: CallContext, ref: string): FakeTrail {
  const trail = visibleTrails(ctx).find(
    (t) => t.trail.TrailARN === ref || (t.trail.Name === ref && t.trail.HomeRegion === ctx.region),
  );
  if (!trail)
    throw new AwsError(
      'TrailNotFoundException',
      `Unknown trail: ${ref} for the user: ${ctx.account.accountId}`,
      400,
    );
  return trail;
}

export const cloudtrail: ServiceDefinition = {
  signingName: 'cloudtrail',
  protocol: 'json',
  load: () => import('@aws-sdk/client-cloudtrail'),
  operations: {
    DescribeTrails: (ctx) => {
      const names = ctx.body.trailNameList as string[] | undefined;
      const trails =
        names && names.length > 0
          ? names.map((name) => findTrail(ctx, name))
          : visibleTrails(ctx, ctx.body.includeShadowTrails !== false);
      return { trailList: trails.map((t) => t.trail) };
    },
    ListTrails: (ctx) => {
      const page = paginate(
        visibleTrails(ctx),
        ctx.body.NextToken,
        ctx.pageSize(undefined),
        ctx.action,
        'InvalidNextTokenException',
      );
      return {
        Trails: page.items.map((t) => ({
          TrailARN: t.trail.TrailARN,
          Name: t.trail.Name,
          HomeRegion: t.trail.HomeRegion,
        })),
        NextToken: page.next,
      };
    },
    GetTrailStatus: (ctx) => findTrail(ctx, required(stringField(ctx.body, 'Name'), 'Name')).status,
    GetEventSelectors: (ctx) => {
      const trail = findTrail(ctx, required(stringField(ctx.body, 'TrailName'), 'TrailName'));
      return {
        TrailARN: trail.trail.TrailARN,
        EventSelectors: trail.eventSelectors,
        AdvancedEventSelectors: trail.advancedEventSelectors,
      };
    },
  },
};
