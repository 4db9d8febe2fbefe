import {
  DescribeClusterCommand,
  DescribeSecurityConfigurationCommand,
  EMRClient,
  paginateListClusters,
} from '@aws-sdk/client-emr';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  ACTIVE_CLUSTER_STATES,
  DESCRIBE_CLUSTER,
  DESCRIBE_SECURITY_CONFIGURATION,
  LIST_CLUSTERS,
} from './calls.js';

export async function fetchEmr({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(EMRClient, region);
  // ListClusters has no page-size parameter: EMR answers 50 clusters a page.
  const listed = await sendPages(rec, LIST_CLUSTERS, region, undefined, () =>
    paginateListClusters({ client }, { ClusterStates: [...ACTIVE_CLUSTER_STATES] }),
  );
  const ids = listed.pages
    .flatMap((page) => page.Clusters ?? [])
    .map((cluster) => cluster.Id)
    .filter(present);
  const described = await Promise.all(
    ids.map((ClusterId) =>
      send(rec, DESCRIBE_CLUSTER, region, ClusterId, () =>
        client.send(new DescribeClusterCommand({ ClusterId })),
      ),
    ),
  );
  const configurations = new Set(
    described.map((outcome) => outcome.value?.Cluster?.SecurityConfiguration).filter(present),
  );
  await Promise.all(
    [...configurations].map((Name) =>
      send(rec, DESCRIBE_SECURITY_CONFIGURATION, region, Name, () =>
        client.send(new DescribeSecurityConfigurationCommand({ Name })),
      ),
    ),
  );
}
