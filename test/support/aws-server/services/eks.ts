import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const eks: ServiceDefinition = {
  signingName: 'eks',
  protocol: 'rest-json',
  load: () => import('@aws-sdk/client-eks'),
  routes: [
    { method: 'GET', path: /^\/clusters\/?$/, operation: 'ListClusters' },
    { method: 'GET', path: /^\/clusters\/(?<name>[^/]+)\/?$/, operation: 'DescribeCluster' },
  ],
  errorCodes: { Throttling: { code: 'ThrottlingException', status: 429 } },
  operations: {
    ListClusters: (ctx) => {
      const page = paginate(
        (regionOf(ctx).eks?.clusters ?? []).map((cluster) => cluster.name),
        ctx.params.nextToken,
        ctx.pageSize(ctx.params.maxResults),
        ctx.action,
        'InvalidParameterException',
      );
      return { clusters: page.items, nextToken: page.next };
    },
    DescribeCluster: (ctx) => {
      const name = decodeURIComponent(ctx.pathParams.name ?? '');
      const cluster = regionOf(ctx).eks?.clusters.find((entry) => entry.name === name);
      if (!cluster)
        throw new AwsError('ResourceNotFoundException', `No cluster found for name: ${name}.`, 404);
      return { cluster };
    },
  },
};
