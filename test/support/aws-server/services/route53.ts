import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';

/** Global: every region's endpoint answers with the account's zones. */
export const route53: ServiceDefinition = {
  signingName: 'route53',
  protocol: 'rest-xml',
  global: true,
  load: () => import('@aws-sdk/client-route-53'),
  xmlNamespace: 'https://route53.amazonaws.com/doc/2013-04-01/',
  routes: [
    { method: 'GET', path: /^\/2013-04-01\/hostedzone\/?$/, operation: 'ListHostedZones' },
    { method: 'GET', path: /^\/2013-04-01\/queryloggingconfig\/?$/, operation: 'ListQueryLoggingConfigs' },
  ],
  operations: {
    ListHostedZones: (ctx) => {
      const maxItems = ctx.pageSize(ctx.params.maxitems);
      const page = paginate(
        ctx.account.route53?.hostedZones ?? [],
        ctx.params.marker,
        maxItems,
        ctx.action,
        'InvalidInput',
      );
      return {
        HostedZones: page.items,
        Marker: ctx.params.marker,
        IsTruncated: page.next !== undefined,
        NextMarker: page.next,
        MaxItems: maxItems,
      };
    },
    ListQueryLoggingConfigs: (ctx) => {
      const zone = ctx.params.hostedzoneid;
      const configs = (ctx.account.route53?.queryLoggingConfigs ?? []).filter(
        (config) => zone === undefined || config.HostedZoneId === zone,
      );
      const page = paginate(
        configs,
        ctx.params.nexttoken,
        ctx.pageSize(ctx.params.maxresults),
        ctx.action,
        'InvalidPaginationToken',
      );
      return { QueryLoggingConfigs: page.items, NextToken: page.next };
    },
  },
};
