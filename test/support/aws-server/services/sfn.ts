import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';
import './workloads-data.js';

export const sfn: ServiceDefinition = {
  signingName: 'states',
  protocol: 'json',
  jsonVersion: '1.0',
  load: () => import('@aws-sdk/client-sfn'),
  operations: {
    ListStateMachines: (ctx) => {
      const page = paginate(
        regionOf(ctx).sfn?.stateMachines ?? [],
        ctx.body.nextToken,
        ctx.pageSize(ctx.body.maxResults),
        ctx.action,
        'InvalidToken',
      );
      return {
        stateMachines: page.items.map((machine) => ({
          stateMachineArn: machine.stateMachineArn,
          name: machine.name,
          type: machine.type,
          creationDate: machine.creationDate,
        })),
        nextToken: page.next,
      };
    },
    DescribeStateMachine: (ctx) => {
      const arn = required(stringField(ctx.body, 'stateMachineArn'), 'stateMachineArn');
      const machine = (regionOf(ctx).sfn?.stateMachines ?? []).find((m) => m.stateMachineArn === arn);
      if (!machine)
        throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`, 400);
      return machine;
    },
  },
};
