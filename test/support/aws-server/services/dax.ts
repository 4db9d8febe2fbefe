import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const dax: ServiceDefinition = {
  signingName: 'dax',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-dax'),
  operations: {
    DescribeClusters: (ctx) => {
      const page = paginate(
        regionOf(ctx).dax?.clusters ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidParameterValueException',
      );
      return { Clusters: page.items, NextToken: page.next };
    },
  },
};
