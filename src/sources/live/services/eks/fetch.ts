import { DescribeClusterCommand, EKSClient, paginateListClusters } from '@aws-sdk/client-eks';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_CLUSTER, LIST_CLUSTERS } from './calls.js';

export async function fetchEks({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(EKSClient, region);
  const clusters = await sendPages(rec, LIST_CLUSTERS, region, undefined, () =>
    paginateListClusters({ client, pageSize: 100 }, {}),
  );
  await Promise.all(
    clusters.pages
      .flatMap((page) => page.clusters ?? [])
      .map((name) =>
        send(rec, DESCRIBE_CLUSTER, region, name, () => client.send(new DescribeClusterCommand({ name }))),
      ),
  );
}
