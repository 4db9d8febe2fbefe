import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';
import './workloads-data.js';

export const datasync: ServiceDefinition = {
  signingName: 'datasync',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-datasync'),
  operations: {
    ListTasks: (ctx) => {
      const page = paginate(
        regionOf(ctx).datasync?.tasks ?? [],
        ctx.body.NextToken,
        ctx.pageSize(ctx.body.MaxResults),
        ctx.action,
        'InvalidRequestException',
      );
      return {
        Tasks: page.items.map((task) => ({
          TaskArn: task.TaskArn,
          Name: task.Name,
          Status: task.Status,
          TaskMode: task.TaskMode,
        })),
        NextToken: page.next,
      };
    },
    DescribeTask: (ctx) => {
      const arn = required(stringField(ctx.body, 'TaskArn'), 'TaskArn');
      const task = (regionOf(ctx).datasync?.tasks ?? []).find((t) => t.TaskArn === arn);
      if (!task) throw new AwsError('InvalidRequestException', `Task ${arn} not found.`, 400);
      return task;
    },
  },
};
