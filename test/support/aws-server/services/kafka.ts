import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const kafka: ServiceDefinition = {
  signingName: 'kafka',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-kafka'),
  routes: [{ method: 'GET', path: /^\/api\/v2\/clusters\/?$/, operation: 'ListClustersV2' }],
  operations: {
    ListClustersV2: (ctx) => {
      const page = paginate(
        regionOf(ctx).kafka?.clusters ?? [],
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults),
        ctx.action,
        'BadRequestException',
      );
      return { ClusterInfoList: page.items, NextToken: page.next };
    },
  },
};
