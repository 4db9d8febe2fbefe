import type {
  DescribeDBClustersCommandOutput,
  DescribeDBInstancesCommandOutput,
  DescribeDBSubnetGroupsCommandOutput,
} from '@aws-sdk/client-rds';
import { serviceCalls } from '../../service.js';

const rds = serviceCalls('rds', '@aws-sdk/client-rds', 'rds');

export const DESCRIBE_DB_INSTANCES = rds.call<DescribeDBInstancesCommandOutput>('DescribeDBInstances');
export const DESCRIBE_DB_CLUSTERS = rds.call<DescribeDBClustersCommandOutput>('DescribeDBClusters');
export const DESCRIBE_DB_SUBNET_GROUPS =
  rds.call<DescribeDBSubnetGroupsCommandOutput>('DescribeDBSubnetGroups');
