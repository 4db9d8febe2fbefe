import type {
  DescribeEndpointsCommandOutput,
  DescribeReplicationInstancesCommandOutput,
  DescribeReplicationTasksCommandOutput,
} from '@aws-sdk/client-database-migration-service';
import { serviceCalls } from '../../service.js';

const dms = serviceCalls('dms', '@aws-sdk/client-database-migration-service', 'dms');

export const DESCRIBE_ENDPOINTS = dms.call<DescribeEndpointsCommandOutput>('DescribeEndpoints');
export const DESCRIBE_REPLICATION_INSTANCES = dms.call<DescribeReplicationInstancesCommandOutput>(
  'DescribeReplicationInstances',
);
export const DESCRIBE_REPLICATION_TASKS =
  dms.call<DescribeReplicationTasksCommandOutput>('DescribeReplicationTasks');
