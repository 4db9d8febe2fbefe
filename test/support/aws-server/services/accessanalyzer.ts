import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';
import './accessanalyzer-data.js';

export const accessanalyzer: ServiceDefinition = {
  signingName: 'access-analyzer',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-accessanalyzer'),
  routes: [{ method: 'GET', path: /^\/analyzer\/?$/, operation: 'ListAnalyzers' }],
  operations: {
    ListAnalyzers: (ctx) => {
      const type = ctx.params.type;
      const all = (regionOf(ctx).accessanalyzer?.analyzers ?? []).filter(
        (analyzer) => type === undefined || analyzer.type === type,
      );
      const page = paginate(
        all,
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults),
        ctx.action,
        'ValidationException',
      );
      return { analyzers: page.items, nextToken: page.next };
    },
  },
};
