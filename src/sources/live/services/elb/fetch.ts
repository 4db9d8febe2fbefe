import {
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingClient,
  paginateDescribeLoadBalancers,
} from '@aws-sdk/client-elastic-load-balancing';
import { present, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_LOAD_BALANCER_ATTRIBUTES, DESCRIBE_LOAD_BALANCERS } from './calls.js';

/** The API's largest page. */
const PAGE_SIZE = 400;

export async function fetchClassicElb({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ElasticLoadBalancingClient, region);
  const balancers = await sendPages(rec, DESCRIBE_LOAD_BALANCERS, region, undefined, () =>
    paginateDescribeLoadBalancers({ client, pageSize: PAGE_SIZE }, {}),
  );
  const names = balancers.pages
    .flatMap((page) => page.LoadBalancerDescriptions ?? [])
    .map((lb) => lb.LoadBalancerName)
    .filter(present);
  await Promise.all(
    names.map((LoadBalancerName) =>
      send(rec, DESCRIBE_LOAD_BALANCER_ATTRIBUTES, region, LoadBalancerName, () =>
        client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName })),
      ),
    ),
  );
}
