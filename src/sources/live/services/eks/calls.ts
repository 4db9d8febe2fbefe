import type { DescribeClusterCommandOutput, ListClustersCommandOutput } from '@aws-sdk/client-eks';
import { serviceCalls } from '../../service.js';

const eks = serviceCalls('eks', '@aws-sdk/client-eks', 'eks');

export const LIST_CLUSTERS = eks.call<ListClustersCommandOutput>('ListClusters');

/** ListClusters names clusters only: the endpoint settings come from each cluster. */
export const DESCRIBE_CLUSTER = eks.call<DescribeClusterCommandOutput, string>('DescribeCluster', {
  params: (name) => ({ name }),
  after: [LIST_CLUSTERS],
});
