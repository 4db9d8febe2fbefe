import {
  DescribeLoggingStatusCommand,
  paginateDescribeClusterParameters,
  paginateDescribeClusters,
  RedshiftClient,
} from '@aws-sdk/client-redshift';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_CLUSTER_PARAMETERS, DESCRIBE_CLUSTERS, DESCRIBE_LOGGING_STATUS } from './calls.js';

export async function fetchRedshift({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(RedshiftClient, region);
  const described = await sendPages(rec, DESCRIBE_CLUSTERS, region, undefined, () =>
    paginateDescribeClusters({ client, pageSize: 100 }, {}),
  );
  const clusters = described.pages.flatMap((page) => page.Clusters ?? []);
  const groups = new Set(
    clusters
      .flatMap((cluster) => cluster.ClusterParameterGroups ?? [])
      .map((group) => group.ParameterGroupName),
  );
  await Promise.all([
    ...clusters
      .map((cluster) => cluster.ClusterIdentifier)
      .filter(present)
      .map((ClusterIdentifier) =>
        send(rec, DESCRIBE_LOGGING_STATUS, region, ClusterIdentifier, () =>
          client.send(new DescribeLoggingStatusCommand({ ClusterIdentifier })),
        ),
      ),
    ...[...groups]
      .filter(present)
      .map((ParameterGroupName) =>
        sendPages(rec, DESCRIBE_CLUSTER_PARAMETERS, region, ParameterGroupName, () =>
          paginateDescribeClusterParameters({ client, pageSize: 100 }, { ParameterGroupName }),
        ),
      ),
  ]);
}
