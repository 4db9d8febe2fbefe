import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const ssm: ServiceDefinition = {
  signingName: 'ssm',
  protocol: 'json',
  load: () => import('@aws-sdk/client-ssm'),
  operations: {
    DescribeInstanceInformation: (ctx) => {
      const page = paginate(
        regionOf(ctx).ssm?.instances ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults ?? 10),
        ctx.action,
        'InvalidNextToken',
      );
      return { InstanceInformationList: page.items, NextToken: page.next };
    },
    ListResourceComplianceSummaries: (ctx) => {
      const page = paginate(
        regionOf(ctx).ssm?.complianceSummaries ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults ?? 50),
        ctx.action,
        'InvalidNextToken',
      );
      return { ResourceComplianceSummaryItems: page.items, NextToken: page.next };
    },
  },
};
