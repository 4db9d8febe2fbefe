import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { LIST_GRAPHQL_APIS } from './calls.js';

export function normalizeAppSync(out: Output): void {
  const apis = out.list(LIST_GRAPHQL_APIS, ['appsync-graphql-api']).flatMap((page) => page.graphqlApis ?? []);
  for (const api of apis) {
    if (!api.apiId) continue;
    const place = describePlace(`GraphQL API ${api.name ?? api.apiId}`);
    out.add({
      type: 'appsync-graphql-api',
      id: api.arn ?? api.apiId,
      arn: api.arn,
      name: api.name ?? api.apiId,
      region: out.region,
      origin: out.origin,
      tags: api.tags && Object.keys(api.tags).length > 0 ? { ...api.tags } : undefined,
      // AppSync leaves logConfig out of an API that has none.
      fieldLogLevel: api.logConfig
        ? setting(api.logConfig.fieldLogLevel, place, 'logConfig.fieldLogLevel')
        : undefined,
    });
  }
}
