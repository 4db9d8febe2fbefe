import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBSnapshotAttributesCommand,
  paginateDescribeDBClusterSnapshots,
  paginateDescribeDBSnapshots,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribeDBParameters,
  paginateDescribeDBClusterParameters,
  paginateDescribeDBSubnetGroups,
  RDSClient,
} from '@aws-sdk/client-rds';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  canBeShared,
  DESCRIBE_DB_CLUSTER_SNAPSHOT_ATTRIBUTES,
  DESCRIBE_DB_CLUSTER_SNAPSHOTS,
  DESCRIBE_DB_CLUSTER_PARAMETERS,
  DESCRIBE_DB_CLUSTERS,
  DESCRIBE_DB_INSTANCES,
  DESCRIBE_DB_PARAMETERS,
  DESCRIBE_DB_SNAPSHOT_ATTRIBUTES,
  DESCRIBE_DB_SNAPSHOTS,
  DESCRIBE_DB_SUBNET_GROUPS,
} from './calls.js';
import { clusterTlsGroup, instanceTlsGroup } from './tls.js';

export async function fetchRds({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(RDSClient, region);
  await Promise.all([
    fetchDatabases(rec, region, client),
    sendPages(rec, DESCRIBE_DB_SUBNET_GROUPS, region, undefined, () =>
      paginateDescribeDBSubnetGroups({ client }, {}),
    ),
    fetchSnapshots(rec, region, client),
  ]);
}

/** Instances and clusters, then each parameter group in use that may force TLS, read once however many databases share it. */
async function fetchDatabases(rec: FetchContext['rec'], region: string, client: RDSClient): Promise<void> {
  const [instances, clusters] = await Promise.all([
    sendPages(rec, DESCRIBE_DB_INSTANCES, region, undefined, () =>
      paginateDescribeDBInstances({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_DB_CLUSTERS, region, undefined, () => paginateDescribeDBClusters({ client }, {})),
  ]);
  const groups = new Set(
    instances.pages
      .flatMap((page) => page.DBInstances ?? [])
      .map(instanceTlsGroup)
      .filter(present),
  );
  const clusterGroups = new Set(
    clusters.pages
      .flatMap((page) => page.DBClusters ?? [])
      .map(clusterTlsGroup)
      .filter(present),
  );
  await Promise.all([
    ...[...groups].map((DBParameterGroupName) =>
      sendPages(rec, DESCRIBE_DB_PARAMETERS, region, DBParameterGroupName, () =>
        paginateDescribeDBParameters({ client, pageSize: 100 }, { DBParameterGroupName }),
      ),
    ),
    ...[...clusterGroups].map((DBClusterParameterGroupName) =>
      sendPages(rec, DESCRIBE_DB_CLUSTER_PARAMETERS, region, DBClusterParameterGroupName, () =>
        paginateDescribeDBClusterParameters({ client, pageSize: 100 }, { DBClusterParameterGroupName }),
      ),
    ),
  ]);
}

async function fetchSnapshots(rec: FetchContext['rec'], region: string, client: RDSClient): Promise<void> {
  const [snapshots, clusterSnapshots] = await Promise.all([
    sendPages(rec, DESCRIBE_DB_SNAPSHOTS, region, undefined, () =>
      paginateDescribeDBSnapshots({ client, pageSize: 100 }, {}),
    ),
    sendPages(rec, DESCRIBE_DB_CLUSTER_SNAPSHOTS, region, undefined, () =>
      paginateDescribeDBClusterSnapshots({ client, pageSize: 100 }, {}),
    ),
  ]);
  const shareable = snapshots.pages
    .flatMap((page) => page.DBSnapshots ?? [])
    .filter((snapshot) => canBeShared(snapshot.SnapshotType))
    .map((snapshot) => snapshot.DBSnapshotIdentifier)
    .filter(present);
  const shareableClusters = clusterSnapshots.pages
    .flatMap((page) => page.DBClusterSnapshots ?? [])
    .filter((snapshot) => canBeShared(snapshot.SnapshotType))
    .map((snapshot) => snapshot.DBClusterSnapshotIdentifier)
    .filter(present);
  await Promise.all([
    ...shareable.map((DBSnapshotIdentifier) =>
      send(rec, DESCRIBE_DB_SNAPSHOT_ATTRIBUTES, region, DBSnapshotIdentifier, () =>
        client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier })),
      ),
    ),
    ...shareableClusters.map((DBClusterSnapshotIdentifier) =>
      send(rec, DESCRIBE_DB_CLUSTER_SNAPSHOT_ATTRIBUTES, region, DBClusterSnapshotIdentifier, () =>
        client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier })),
      ),
    ),
  ]);
}
