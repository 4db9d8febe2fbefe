import type {
  DescribeDBClusterSnapshotAttributesCommandOutput,
  DescribeDBClusterSnapshotsCommandOutput,
  DescribeDBSnapshotAttributesCommandOutput,
  DescribeDBSnapshotsCommandOutput,
  DescribeDBClusterParametersCommandOutput,
  DescribeDBClustersCommandOutput,
  DescribeDBInstancesCommandOutput,
  DescribeDBParametersCommandOutput,
  DescribeDBSubnetGroupsCommandOutput,
} from '@aws-sdk/client-rds';
import { serviceCalls } from '../../service.js';

const rds = serviceCalls('rds', '@aws-sdk/client-rds', 'rds');

export const DESCRIBE_DB_INSTANCES = rds.call<DescribeDBInstancesCommandOutput>('DescribeDBInstances');
export const DESCRIBE_DB_CLUSTERS = rds.call<DescribeDBClustersCommandOutput>('DescribeDBClusters');
export const DESCRIBE_DB_SUBNET_GROUPS =
  rds.call<DescribeDBSubnetGroupsCommandOutput>('DescribeDBSubnetGroups');

export const DESCRIBE_DB_SNAPSHOTS = rds.call<DescribeDBSnapshotsCommandOutput>('DescribeDBSnapshots');
export const DESCRIBE_DB_CLUSTER_SNAPSHOTS = rds.call<DescribeDBClusterSnapshotsCommandOutput>(
  'DescribeDBClusterSnapshots',
);

/** Who may restore a snapshot: asked only of manual snapshots (automated ones cannot be shared). */
export const DESCRIBE_DB_SNAPSHOT_ATTRIBUTES = rds.call<DescribeDBSnapshotAttributesCommandOutput, string>(
  'DescribeDBSnapshotAttributes',
  { params: (DBSnapshotIdentifier) => ({ DBSnapshotIdentifier }), after: [DESCRIBE_DB_SNAPSHOTS] },
);
export const DESCRIBE_DB_CLUSTER_SNAPSHOT_ATTRIBUTES = rds.call<
  DescribeDBClusterSnapshotAttributesCommandOutput,
  string
>('DescribeDBClusterSnapshotAttributes', {
  params: (DBClusterSnapshotIdentifier) => ({ DBClusterSnapshotIdentifier }),
  after: [DESCRIBE_DB_CLUSTER_SNAPSHOTS],
});

/**
 * Per parameter group in use by a database whose engine has a TLS parameter
 * (databases share groups; Aurora members take their cluster's). The API takes
 * no filter by parameter name, so every page of the group is read.
 */
export const DESCRIBE_DB_PARAMETERS = rds.call<DescribeDBParametersCommandOutput, string>(
  'DescribeDBParameters',
  { params: (DBParameterGroupName) => ({ DBParameterGroupName }), after: [DESCRIBE_DB_INSTANCES] },
);
export const DESCRIBE_DB_CLUSTER_PARAMETERS = rds.call<DescribeDBClusterParametersCommandOutput, string>(
  'DescribeDBClusterParameters',
  {
    params: (DBClusterParameterGroupName) => ({ DBClusterParameterGroupName }),
    after: [DESCRIBE_DB_CLUSTERS],
  },
);

/** Automated snapshots cannot be shared, so only the others are asked who may restore them. */
export function canBeShared(snapshotType: string | undefined): boolean {
  return snapshotType !== 'automated';
}
