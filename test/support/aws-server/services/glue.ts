import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './workloads-data.js';

export const glue: ServiceDefinition = {
  signingName: 'glue',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-glue'),
  operations: {
    GetJobs: (ctx) => {
      const page = paginate(
        regionOf(ctx).glue?.jobs ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidInputException',
      );
      return { Jobs: page.items, NextToken: page.next };
    },
    GetSecurityConfigurations: (ctx) => {
      const page = paginate(
        regionOf(ctx).glue?.securityConfigurations ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidInputException',
      );
      return { SecurityConfigurations: page.items, NextToken: page.next };
    },
  },
};
