import type {
  DescribeDBClusterSnapshotAttributesCommandOutput,
  DescribeDBClusterSnapshotsCommandOutput,
  DescribeDBSnapshotAttributesCommandOutput,
  DescribeDBSnapshotsCommandOutput,
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

/** Automated snapshots cannot be shared, so only the others are asked who may restore them. */
export function canBeShared(snapshotType: string | undefined): boolean {
  return snapshotType !== 'automated';
}
