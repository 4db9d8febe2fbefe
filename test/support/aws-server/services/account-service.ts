import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { OPT_IN_REGIONS } from './ec2.js';

export const accountService: ServiceDefinition = {
  signingName: 'account',
  protocol: 'rest-json',
  global: true,
  load: () => import('@aws-sdk/client-account'),
  routes: [{ method: 'POST', path: /^\/listRegions\/?$/, operation: 'ListRegions' }],
  operations: {
    ListRegions: (ctx) => {
      const { enabledRegions, optInRegions = [] } = ctx.account;
      const regions = [
        ...enabledRegions.map((RegionName) => ({
          RegionName,
          RegionOptStatus: OPT_IN_REGIONS.has(RegionName) ? 'ENABLED' : 'ENABLED_BY_DEFAULT',
        })),
        ...optInRegions.map((RegionName) => ({ RegionName, RegionOptStatus: 'DISABLED' })),
      ];
      const wanted = ctx.body.RegionOptStatusContains as string[] | undefined;
      const selected =
        wanted && wanted.length > 0 ? regions.filter((r) => wanted.includes(r.RegionOptStatus)) : regions;
      const page = paginate(
        selected,
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'ValidationException',
      );
      return { Regions: page.items, NextToken: page.next };
    },
  },
};
