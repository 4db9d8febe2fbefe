import type {
  DescribeClusterCommandOutput,
  DescribeSecurityConfigurationCommandOutput,
  ListClustersCommandOutput,
} from '@aws-sdk/client-emr';
import { serviceCalls } from '../../service.js';

const emr = serviceCalls('emr', '@aws-sdk/client-emr', 'elasticmapreduce');

/** The clusters that can still run work: terminated ones hold no data and expose nothing. */
export const ACTIVE_CLUSTER_STATES = ['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING'] as const;

export const LIST_CLUSTERS = emr.call<ListClustersCommandOutput>('ListClusters', {
  params: () => ({ ClusterStates: [...ACTIVE_CLUSTER_STATES] }),
});

/** Per cluster: the subnet and security configuration are not in the listing. */
export const DESCRIBE_CLUSTER = emr.call<DescribeClusterCommandOutput, string>('DescribeCluster', {
  params: (ClusterId) => ({ ClusterId }),
  after: [LIST_CLUSTERS],
});

/** Per security configuration a cluster names: whether it turns on Kerberos. */
export const DESCRIBE_SECURITY_CONFIGURATION = emr.call<DescribeSecurityConfigurationCommandOutput, string>(
  'DescribeSecurityConfiguration',
  { params: (Name) => ({ Name }), after: [DESCRIBE_CLUSTER] },
);
