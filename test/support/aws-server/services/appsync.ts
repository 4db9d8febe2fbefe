import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './workloads-data.js';

export const appsync: ServiceDefinition = {
  signingName: 'appsync',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-appsync'),
  routes: [{ method: 'GET', path: /^\/v1\/apis\/?$/, operation: 'ListGraphqlApis' }],
  operations: {
    ListGraphqlApis: (ctx) => {
      const page = paginate(
        regionOf(ctx).appsync?.apis ?? [],
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults === undefined ? undefined : Number(ctx.params.maxResults)),
        ctx.action,
        'BadRequestException',
      );
      return { graphqlApis: page.items, nextToken: page.next };
    },
  },
};
