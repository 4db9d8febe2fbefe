import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const kafkaconnect: ServiceDefinition = {
  signingName: 'kafkaconnect',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-kafkaconnect'),
  routes: [{ method: 'GET', path: /^\/v1\/connectors\/?$/, operation: 'ListConnectors' }],
  operations: {
    ListConnectors: (ctx) => {
      const page = paginate(
        regionOf(ctx).kafkaconnect?.connectors ?? [],
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults),
        ctx.action,
        'BadRequestException',
      );
      return { connectors: page.items, nextToken: page.next };
    },
  },
};
