import type { Api, Stage } from '@aws-sdk/client-apigatewayv2';
import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

/** A region's HTTP and WebSocket APIs; `stages` by API id. */
export interface FakeApiGatewayV2 {
  apis: Api[];
  stages?: Record<string, Stage[]>;
}

function page<T>(ctx: CallContext, items: readonly T[]) {
  const result = paginate(
    items,
    ctx.params.nextToken,
    ctx.pageSize(ctx.params.maxResults),
    ctx.action,
    'BadRequestException',
  );
  return { Items: result.items, NextToken: result.next };
}

/** API Gateway v2: same signing name as REST APIs (apigateway.ts), told apart by its `/v2/` paths. */
export const apigatewayv2: ServiceDefinition = {
  signingName: 'apigateway',
  matches: (request) => request.path.startsWith('/v2/'),
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-apigatewayv2'),
  routes: [
    { method: 'GET', path: /^\/v2\/apis\/?$/, operation: 'GetApis' },
    { method: 'GET', path: /^\/v2\/apis\/(?<apiId>[^/]+)\/stages\/?$/, operation: 'GetStages' },
  ],
  operations: {
    GetApis: (ctx) => page(ctx, regionOf(ctx).apigatewayv2?.apis ?? []),
    GetStages: (ctx) => {
      const data = regionOf(ctx).apigatewayv2;
      const apiId = ctx.pathParams.apiId ?? '';
      if (!data?.apis.some((api) => api.ApiId === apiId))
        throw notFound('NotFoundException', `Invalid API identifier specified ${apiId}`);
      return page(ctx, data.stages?.[apiId] ?? []);
    },
  },
};
