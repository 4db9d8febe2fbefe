/** Case table for vpc-flow-logs-enabled (live only: flow logs are read with ec2:DescribeFlowLogs). */
import type { Vpc } from '../../../src/inventory/model.js';
import { denied, liveInventory, make } from '../../support/inventory-builder.js';
import { inventoryCases } from '../../support/rule-cases.js';

const vpc = (flowLogIds: Vpc['flowLogIds']): Vpc =>
  make('ec2-vpc', { id: 'vpc-0000000000000d001', isDefault: false, flowLogIds });

inventoryCases('vpc-flow-logs-enabled', {
  pass: [
    {
      name: 'an active flow log captures the VPC',
      message: 'fl-0000000000000d001',
      inventory: () => liveInventory([vpc(['fl-0000000000000d001'])]),
    },
  ],
  fail: [{ name: 'no flow log', message: 'no active flow log', inventory: () => liveInventory([vpc([])]) }],
  unknown: [
    {
      name: 'DescribeFlowLogs denied',
      message: 'ec2:DescribeFlowLogs',
      inventory: () => liveInventory([vpc(denied('ec2:DescribeFlowLogs'))]),
    },
  ],
});
