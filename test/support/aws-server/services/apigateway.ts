import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function restApiOf(ctx: CallContext) {
  const id = ctx.pathParams.restApiId ?? '';
  const api = (regionOf(ctx).apigateway?.restApis ?? []).find((a) => a.id === id);
  if (!api) throw notFound('NotFoundException', 'Invalid API identifier specified');
  return api;
}

export const apigateway: ServiceDefinition = {
  signingName: 'apigateway',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-api-gateway'),
  routes: [
    { method: 'GET', path: /^\/restapis\/?$/, operation: 'GetRestApis' },
    { method: 'GET', path: /^\/restapis\/(?<restApiId>[^/]+)\/stages\/?$/, operation: 'GetStages' },
    { method: 'GET', path: /^\/restapis\/(?<restApiId>[^/]+)\/?$/, operation: 'GetRestApi' },
  ],
  operations: {
    GetRestApis: (ctx) => {
      const page = paginate(
        regionOf(ctx).apigateway?.restApis ?? [],
        ctx.params.position,
        ctx.pageSize(ctx.params.limit),
        ctx.action,
        'BadRequestException',
      );
      return { items: page.items, position: page.next };
    },
    GetRestApi: (ctx) => restApiOf(ctx),
    GetStages: (ctx) => ({ item: regionOf(ctx).apigateway?.stages?.[restApiOf(ctx).id ?? ''] ?? [] }),
  },
};
