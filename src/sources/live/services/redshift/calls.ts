import type {
  DescribeClusterParametersCommandOutput,
  DescribeClustersCommandOutput,
  DescribeLoggingStatusCommandOutput,
} from '@aws-sdk/client-redshift';
import { serviceCalls } from '../../service.js';

const redshift = serviceCalls('redshift', '@aws-sdk/client-redshift', 'redshift');

export const DESCRIBE_CLUSTERS = redshift.call<DescribeClustersCommandOutput>('DescribeClusters');

/** Per cluster: logging status is not in DescribeClusters. */
export const DESCRIBE_LOGGING_STATUS = redshift.call<DescribeLoggingStatusCommandOutput, string>(
  'DescribeLoggingStatus',
  { params: (ClusterIdentifier) => ({ ClusterIdentifier }), after: [DESCRIBE_CLUSTERS] },
);

/** Per parameter group in use (clusters share them): require_ssl lives there. */
export const DESCRIBE_CLUSTER_PARAMETERS = redshift.call<DescribeClusterParametersCommandOutput, string>(
  'DescribeClusterParameters',
  { params: (ParameterGroupName) => ({ ParameterGroupName }), after: [DESCRIBE_CLUSTERS] },
);
