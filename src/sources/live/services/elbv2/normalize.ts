import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import { listenerActions, type ListenerActionFields } from '../../../../inventory/facts/listener-actions.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import {
  loadBalancerSettings,
  type RawAttributes,
} from '../../../../inventory/facts/load-balancer-attributes.js';
import { isUnknown, unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { ListenerAction } from '../../../../inventory/model.js';
import { allPages, type Json, type Output } from '../../normalize/raw.js';
import {
  DESCRIBE_LISTENERS,
  DESCRIBE_LOAD_BALANCER_ATTRIBUTES,
  DESCRIBE_LOAD_BALANCERS,
  DESCRIBE_RULES,
  DESCRIBE_SSL_POLICIES,
  listenerRulesNeeded,
} from './calls.js';

function actionFields(raw: Json<Action>): ListenerActionFields {
  return { Type: raw.Type, RedirectProtocol: raw.RedirectConfig?.Protocol };
}

function actionsOf(
  out: Output,
  listenerArn: string,
  protocol: string | undefined,
  defaults: Json<Action>[] | undefined,
): Maybe<ListenerAction[]> {
  if (!listenerRulesNeeded(protocol) && !out.fetched(DESCRIBE_RULES, listenerArn)) {
    return unknown(
      `listener ${listenerArn}: rule actions not fetched (elbv2:DescribeRules is read for HTTP listeners only)`,
    );
  }
  const listener = describePlace(`listener ${listenerArn}`);
  const defaultActions = listenerActions(defaults?.map(actionFields), listener, 'DefaultActions');
  if (isUnknown(defaultActions)) return defaultActions;
  const rules = allPages(out, DESCRIBE_RULES, listenerArn);
  if (rules.unknown) return rules.unknown;
  const all = [...defaultActions];
  for (const rule of (rules.value ?? []).flatMap((page) => page.Rules ?? [])) {
    const place = describePlace(`listener rule ${rule.RuleArn ?? `of ${listenerArn}`}`);
    const ruleActions = listenerActions(rule.Actions?.map(actionFields), place, 'Actions');
    if (isUnknown(ruleActions)) return ruleActions;
    all.push(...ruleActions);
  }
  return all;
}

function attributesOf(out: Output, arn: string): RawAttributes {
  const answer = out.one(DESCRIBE_LOAD_BALANCER_ATTRIBUTES, arn);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`load balancer ${arn}: attributes not found`);
  const attributes = new Map<string, Maybe<string>>();
  for (const { Key, Value } of answer.value.Attributes ?? []) {
    if (Key !== undefined) attributes.set(Key, Value ?? unknown(`load balancer ${arn}: ${Key} has no value`));
  }
  return attributes;
}

export function normalizeElbv2(out: Output): void {
  const balancers = out
    .list(DESCRIBE_LOAD_BALANCERS, ['elbv2-load-balancer', 'elbv2-listener'])
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
      ...loadBalancerSettings(
        attributesOf(out, lb.LoadBalancerArn),
        lb.Type ?? unknown(`load balancer ${lb.LoadBalancerName}: Type was not returned`),
        lb.AvailabilityZones?.length ??
          unknown(`load balancer ${lb.LoadBalancerName}: AvailabilityZones was not returned`),
        describePlace(`load balancer ${lb.LoadBalancerName ?? lb.LoadBalancerArn}`),
      ),
    });
    const listeners = out.list(DESCRIBE_LISTENERS, ['elbv2-listener'], lb.LoadBalancerArn);
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
        actions: actionsOf(out, listener.ListenerArn, listener.Protocol, listener.DefaultActions),
      });
    }
  }

  // Read only when a TLS listener needed it; the inventory falls back to its built-in table otherwise.
  if (!out.fetched(DESCRIBE_SSL_POLICIES)) return;
  const policies = out.list(DESCRIBE_SSL_POLICIES, []).flatMap((page) => page.SslPolicies ?? []);
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
