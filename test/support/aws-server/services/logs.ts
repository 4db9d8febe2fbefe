import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const logs: ServiceDefinition = {
  signingName: 'logs',
  protocol: 'json',
  load: () => import('@aws-sdk/client-cloudwatch-logs'),
  operations: {
    DescribeLogGroups: (ctx) => {
      const prefix = stringField(ctx.body, 'logGroupNamePrefix') ?? '';
      const groups = (regionOf(ctx).logs?.logGroups ?? []).filter((g) =>
        (g.logGroupName ?? '').startsWith(prefix),
      );
      const page = paginate(
        groups,
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.limit ?? 50),
        ctx.action,
        'InvalidParameterException',
      );
      return { logGroups: page.items, nextToken: page.next };
    },
    DescribeMetricFilters: (ctx) => {
      const group = stringField(ctx.body, 'logGroupName');
      const prefix = stringField(ctx.body, 'filterNamePrefix') ?? '';
      const filters = (regionOf(ctx).logs?.metricFilters ?? []).filter(
        (f) => (group === undefined || f.logGroupName === group) && (f.filterName ?? '').startsWith(prefix),
      );
      const page = paginate(
        filters,
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.limit ?? 50),
        ctx.action,
        'InvalidParameterException',
      );
      return { metricFilters: page.items, nextToken: page.next };
    },
    DescribeResourcePolicies: (ctx) => {
      const page = paginate(
        regionOf(ctx).logs?.resourcePolicies ?? [],
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.limit ?? 50),
        ctx.action,
        'InvalidParameterException',
      );
      return { resourcePolicies: page.items, nextToken: page.next };
    },
  },
};
