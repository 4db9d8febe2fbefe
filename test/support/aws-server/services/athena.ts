import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';
import './workloads-data.js';

export const athena: ServiceDefinition = {
  signingName: 'athena',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-athena'),
  operations: {
    ListWorkGroups: (ctx) => {
      const page = paginate(
        regionOf(ctx).athena?.workGroups ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidRequestException',
      );
      return {
        WorkGroups: page.items.map((group) => ({
          Name: group.Name,
          State: group.State,
          Description: group.Description,
          CreationTime: group.CreationTime,
        })),
        NextToken: page.next,
      };
    },
    GetWorkGroup: (ctx) => {
      const name = required(stringField(ctx.body, 'WorkGroup'), 'WorkGroup');
      const group = (regionOf(ctx).athena?.workGroups ?? []).find((g) => g.Name === name);
      if (!group) throw new AwsError('InvalidRequestException', `WorkGroup ${name} is not found.`, 400);
      return { WorkGroup: group };
    },
  },
};
