import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';
import './workloads-data.js';

export const ecs: ServiceDefinition = {
  signingName: 'ecs',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-ecs'),
  operations: {
    ListTaskDefinitions: (ctx) => {
      const status = stringField(ctx.body, 'status') ?? 'ACTIVE';
      const arns = (regionOf(ctx).ecs?.taskDefinitions ?? [])
        .filter((definition) => (definition.status ?? 'ACTIVE') === status)
        .map((definition) => definition.taskDefinitionArn);
      const page = paginate(
        arns,
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.maxResults),
        ctx.action,
        'ClientException',
      );
      return { taskDefinitionArns: page.items, nextToken: page.next };
    },
    DescribeTaskDefinition: (ctx) => {
      const wanted = required(stringField(ctx.body, 'taskDefinition'), 'taskDefinition');
      const definition = (regionOf(ctx).ecs?.taskDefinitions ?? []).find(
        (d) => d.taskDefinitionArn === wanted || `${d.family}:${d.revision}` === wanted,
      );
      if (!definition) throw new AwsError('ClientException', 'Unable to describe task definition.', 400);
      return { taskDefinition: definition, tags: [] };
    },
  },
};
