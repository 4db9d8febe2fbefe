import {
  DescribeLoadBalancerAttributesCommand,
  DescribeSSLPoliciesCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
  type DescribeSSLPoliciesCommandOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { present, tokenPages, type FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import {
  DESCRIBE_LISTENERS,
  DESCRIBE_LOAD_BALANCER_ATTRIBUTES,
  DESCRIBE_LOAD_BALANCERS,
  DESCRIBE_RULES,
  DESCRIBE_SSL_POLICIES,
  listenerRulesNeeded,
} from './calls.js';

export async function fetchElbv2({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(ElasticLoadBalancingV2Client, region);
  const balancers = await sendPages(rec, DESCRIBE_LOAD_BALANCERS, region, undefined, () =>
    paginateDescribeLoadBalancers({ client }, {}),
  );
  const arns = balancers.pages
    .flatMap((page) => page.LoadBalancers ?? [])
    .map((lb) => lb.LoadBalancerArn)
    .filter(present);
  const attributes = Promise.all(
    arns.map((LoadBalancerArn) =>
      send(rec, DESCRIBE_LOAD_BALANCER_ATTRIBUTES, region, LoadBalancerArn, () =>
        client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })),
      ),
    ),
  );
  const listenerPages = await Promise.all(
    arns.map((LoadBalancerArn) =>
      sendPages(rec, DESCRIBE_LISTENERS, region, LoadBalancerArn, () =>
        paginateDescribeListeners({ client }, { LoadBalancerArn }),
      ),
    ),
  );
  const listeners = listenerPages.flatMap((outcome) => outcome.pages.flatMap((page) => page.Listeners ?? []));
  const usesTls = listeners.some((listener) => listener.Protocol === 'HTTPS' || listener.Protocol === 'TLS');
  await Promise.all([
    ...listeners
      .filter((listener) => listenerRulesNeeded(listener.Protocol))
      .map((listener) => listener.ListenerArn)
      .filter(present)
      .map((ListenerArn) =>
        sendPages(rec, DESCRIBE_RULES, region, ListenerArn, () =>
          paginateDescribeRules({ client }, { ListenerArn }),
        ),
      ),
    usesTls
      ? sendPages(rec, DESCRIBE_SSL_POLICIES, region, undefined, () =>
          tokenPages<DescribeSSLPoliciesCommandOutput>(
            (Marker) => client.send(new DescribeSSLPoliciesCommand({ Marker })),
            (page) => page.NextMarker,
          ),
        )
      : undefined,
    attributes,
  ]);
}
