import {
  DescribeSSLPoliciesCommand,
  ElasticLoadBalancingV2Client,
  paginateDescribeListeners,
  paginateDescribeLoadBalancers,
  paginateDescribeRules,
  type DescribeSSLPoliciesCommandOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { listenerRulesNeeded } from './normalize.js';
import type { Fetcher } from '../../fetch/types.js';
import { present, tokenPages } from '../../fetch/types.js';

export const elbv2Fetcher: Fetcher = {
  service: 'elbv2',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(ElasticLoadBalancingV2Client, region);
    const balancers = await rec.paginate('elbv2', 'DescribeLoadBalancers', region, undefined, () =>
      paginateDescribeLoadBalancers({ client }, {}),
    );
    const arns = balancers.pages
      .flatMap((page) => page.LoadBalancers ?? [])
      .map((lb) => lb.LoadBalancerArn)
      .filter(present);
    const listenerPages = await Promise.all(
      arns.map((LoadBalancerArn) =>
        rec.paginate('elbv2', 'DescribeListeners', region, { LoadBalancerArn }, () =>
          paginateDescribeListeners({ client }, { LoadBalancerArn }),
        ),
      ),
    );
    const listeners = listenerPages.flatMap((outcome) =>
      outcome.pages.flatMap((page) => page.Listeners ?? []),
    );
    const usesTls = listeners.some(
      (listener) => listener.Protocol === 'HTTPS' || listener.Protocol === 'TLS',
    );
    await Promise.all([
      ...listeners
        .filter((listener) => listenerRulesNeeded(listener.Protocol))
        .map((listener) => listener.ListenerArn)
        .filter(present)
        .map((ListenerArn) =>
          rec.paginate('elbv2', 'DescribeRules', region, { ListenerArn }, () =>
            paginateDescribeRules({ client }, { ListenerArn }),
          ),
        ),
      // The live protocol list of each predefined policy, read once per region and only when a TLS listener needs it.
      usesTls
        ? rec.paginate('elbv2', 'DescribeSSLPolicies', region, undefined, () =>
            tokenPages<DescribeSSLPoliciesCommandOutput>(
              (Marker) => client.send(new DescribeSSLPoliciesCommand({ Marker })),
              (page) => page.NextMarker,
            ),
          )
        : undefined,
    ]);
  },
};
