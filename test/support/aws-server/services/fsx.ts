import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './workloads-data.js';

export const fsx: ServiceDefinition = {
  signingName: 'fsx',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-fsx'),
  operations: {
    DescribeFileSystems: (ctx) => {
      const page = paginate(
        regionOf(ctx).fsx?.fileSystems ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'BadRequest',
      );
      return { FileSystems: page.items, NextToken: page.next };
    },
  },
};
