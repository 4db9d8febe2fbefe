import type { DescribeStateMachineCommandOutput, ListStateMachinesCommandOutput } from '@aws-sdk/client-sfn';
import { serviceCalls } from '../../service.js';

const sfn = serviceCalls('sfn', '@aws-sdk/client-sfn', 'states');

export const LIST_STATE_MACHINES = sfn.call<ListStateMachinesCommandOutput>('ListStateMachines');

/** Per state machine: the listing has no logging configuration. */
export const DESCRIBE_STATE_MACHINE = sfn.call<DescribeStateMachineCommandOutput, string>(
  'DescribeStateMachine',
  {
    params: (stateMachineArn) => ({ stateMachineArn }),
    after: [LIST_STATE_MACHINES],
  },
);
