import type {
  Action,
  DescribeListenersCommandOutput,
  DescribeLoadBalancersCommandOutput,
  DescribeRulesCommandOutput,
  DescribeSSLPoliciesCommandOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { ListenerAction } from '../../../../inventory/model.js';
import { allPages, type Json, type Output } from '../../normalize/raw.js';

function action(raw: Json<Action>): ListenerAction {
  const result: ListenerAction = { type: raw.Type ?? unknown('listener action without a type') };
  if (raw.Type === 'redirect') result.redirectProtocol = raw.RedirectConfig?.Protocol;
  return result;
}

/**
 * Whether a scan reads a listener's rules (DescribeRules, one call per
 * listener): only plain HTTP listeners, or ones whose protocol is unknown,
 * since only the HTTP-to-HTTPS redirect rule reads the actions.
 */
export function listenerRulesNeeded(protocol: string | undefined): boolean {
  return protocol === undefined || protocol === 'HTTP';
}

function actionsOf(
  out: Output,
  listenerArn: string,
  protocol: string | undefined,
  defaults: Json<Action>[],
): Maybe<ListenerAction[]> {
  const params = { ListenerArn: listenerArn };
  if (!listenerRulesNeeded(protocol) && !out.raw.get('elbv2', 'DescribeRules', out.region, params)) {
    return unknown(
      `listener ${listenerArn}: rule actions not fetched (elbv2:DescribeRules is read for HTTP listeners only)`,
    );
  }
  const rules = allPages<DescribeRulesCommandOutput>(out, 'elbv2', 'DescribeRules', params);
  if (rules.unknown) return rules.unknown;
  const ruleActions = (rules.value ?? [])
    .flatMap((page) => page.Rules ?? [])
    .flatMap((rule) => rule.Actions ?? []);
  return [...defaults, ...ruleActions].map(action);
}

export function normalizeElbv2(out: Output): void {
  const balancers = out
    .list<DescribeLoadBalancersCommandOutput>('elbv2', 'DescribeLoadBalancers', [
      'elbv2-load-balancer',
      'elbv2-listener',
    ])
    .flatMap((page) => page.LoadBalancers ?? []);
  for (const lb of balancers) {
    if (!lb.LoadBalancerArn) continue;
    out.add({
      type: 'elbv2-load-balancer',
      id: lb.LoadBalancerArn,
      arn: lb.LoadBalancerArn,
      name: lb.LoadBalancerName,
      region: out.region,
      origin: out.origin,
      lbType: lb.Type ?? unknown(`load balancer ${lb.LoadBalancerName}: Type was not returned`),
      scheme: lb.Scheme ?? unknown(`load balancer ${lb.LoadBalancerName}: Scheme was not returned`),
      dnsName: lb.DNSName,
    });
    const listeners = out.list<DescribeListenersCommandOutput>(
      'elbv2',
      'DescribeListeners',
      ['elbv2-listener'],
      {
        LoadBalancerArn: lb.LoadBalancerArn,
      },
    );
    for (const listener of listeners.flatMap((page) => page.Listeners ?? [])) {
      if (!listener.ListenerArn) continue;
      out.add({
        type: 'elbv2-listener',
        id: listener.ListenerArn,
        arn: listener.ListenerArn,
        region: out.region,
        origin: out.origin,
        loadBalancerId: listener.LoadBalancerArn ?? lb.LoadBalancerArn,
        protocol: listener.Protocol ?? unknown(`listener ${listener.ListenerArn}: Protocol was not returned`),
        port: listener.Port,
        sslPolicy: listener.SslPolicy,
        actions: actionsOf(out, listener.ListenerArn, listener.Protocol, listener.DefaultActions ?? []),
      });
    }
  }

  // Read only when a TLS listener needed it; the inventory falls back to its built-in table otherwise.
  if (!out.raw.get('elbv2', 'DescribeSSLPolicies', out.region)) return;
  const policies = out
    .list<DescribeSSLPoliciesCommandOutput>('elbv2', 'DescribeSSLPolicies', [])
    .flatMap((page) => page.SslPolicies ?? []);
  for (const policy of policies) {
    // Without its protocol list the policy says nothing: the built-in table (or Unknown) answers instead of "none".
    if (!policy.Name || policy.SslProtocols === undefined) continue;
    out.add({
      type: 'elbv2-ssl-policy',
      id: `${out.region}/${policy.Name}`,
      name: policy.Name,
      region: out.region,
      origin: out.origin,
      protocols: policy.SslProtocols.filter((protocol): protocol is string => !!protocol),
    });
  }
}
