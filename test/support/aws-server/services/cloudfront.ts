import type { FakeDistribution } from '../account.js';
import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';

function distributionOf(ctx: CallContext): FakeDistribution {
  const id = ctx.pathParams.Id ?? '';
  const found = ctx.account.cloudfront?.distributions.find((d) => d.summary.Id === id);
  if (!found) throw notFound('NoSuchDistribution', 'The specified distribution does not exist.');
  return found;
}

export const cloudfront: ServiceDefinition = {
  signingName: 'cloudfront',
  protocol: 'rest-xml',
  global: true,
  load: () => import('@aws-sdk/client-cloudfront'),
  xmlNamespace: 'http://cloudfront.amazonaws.com/doc/2020-05-31/',
  routes: [
    { method: 'GET', path: /^\/2020-05-31\/distribution\/?$/, operation: 'ListDistributions' },
    {
      method: 'GET',
      path: /^\/2020-05-31\/distribution\/(?<Id>[^/]+)\/config\/?$/,
      operation: 'GetDistributionConfig',
    },
    { method: 'GET', path: /^\/2020-05-31\/distribution\/(?<Id>[^/]+)\/?$/, operation: 'GetDistribution' },
  ],
  operations: {
    ListDistributions: (ctx) => {
      const all = ctx.account.cloudfront?.distributions ?? [];
      const maxItems = ctx.pageSize(ctx.params.MaxItems);
      const page = paginate(all, ctx.params.Marker, maxItems, ctx.action, 'InvalidArgument');
      return {
        DistributionList: {
          Marker: ctx.params.Marker ?? '',
          NextMarker: page.next,
          MaxItems: maxItems,
          IsTruncated: page.next !== undefined,
          Quantity: page.items.length,
          Items: page.items.map((d) => d.summary),
        },
      };
    },
    GetDistributionConfig: (ctx) => {
      const d = distributionOf(ctx);
      return { DistributionConfig: d.config, ETag: d.etag ?? `E${d.summary.Id}` };
    },
    GetDistribution: (ctx) => {
      const d = distributionOf(ctx);
      return {
        Distribution: {
          Id: d.summary.Id,
          ARN: d.summary.ARN,
          Status: d.summary.Status ?? 'Deployed',
          LastModifiedTime: d.summary.LastModifiedTime ?? new Date('2026-01-01T00:00:00Z'),
          InProgressInvalidationBatches: 0,
          DomainName: d.summary.DomainName,
          DistributionConfig: d.config,
        },
        ETag: d.etag ?? `E${d.summary.Id}`,
      };
    },
  },
};
