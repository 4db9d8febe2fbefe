import type {
  DescribeCacheClustersCommandOutput,
  DescribeReplicationGroupsCommandOutput,
} from '@aws-sdk/client-elasticache';
import { serviceCalls } from '../../service.js';

const elasticache = serviceCalls('elasticache', '@aws-sdk/client-elasticache', 'elasticache');

export const DESCRIBE_REPLICATION_GROUPS =
  elasticache.call<DescribeReplicationGroupsCommandOutput>('DescribeReplicationGroups');

export const DESCRIBE_CACHE_CLUSTERS =
  elasticache.call<DescribeCacheClustersCommandOutput>('DescribeCacheClusters');
