import type {
  DescribeListenersCommandOutput,
  DescribeLoadBalancerAttributesCommandOutput,
  DescribeLoadBalancersCommandOutput,
  DescribeRulesCommandOutput,
  DescribeSSLPoliciesCommandOutput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { serviceCalls } from '../../service.js';

const elbv2 = serviceCalls('elbv2', '@aws-sdk/client-elastic-load-balancing-v2', 'elasticloadbalancing');

export const DESCRIBE_LOAD_BALANCERS =
  elbv2.call<DescribeLoadBalancersCommandOutput>('DescribeLoadBalancers');

export const DESCRIBE_LISTENERS = elbv2.call<DescribeListenersCommandOutput, string>('DescribeListeners', {
  params: (LoadBalancerArn) => ({ LoadBalancerArn }),
  after: [DESCRIBE_LOAD_BALANCERS],
});

/**
 * Whether a scan reads a listener's rules (DescribeRules, one call per
 * listener): only plain HTTP listeners, or ones whose protocol is unknown,
 * since only the HTTP-to-HTTPS redirect rule reads the actions.
 */
export function listenerRulesNeeded(protocol: string | undefined): boolean {
  return protocol === undefined || protocol === 'HTTP';
}

export const DESCRIBE_RULES = elbv2.call<DescribeRulesCommandOutput, string>('DescribeRules', {
  params: (ListenerArn) => ({ ListenerArn }),
  after: [DESCRIBE_LISTENERS],
});

/** The live protocol list of each predefined policy, read once per region and only when a TLS listener needs it. */
export const DESCRIBE_SSL_POLICIES = elbv2.call<DescribeSSLPoliciesCommandOutput>('DescribeSSLPolicies', {
  after: [DESCRIBE_LISTENERS],
});

/** Deletion protection, access logs and header handling: one call per load balancer (no account-wide form). */
export const DESCRIBE_LOAD_BALANCER_ATTRIBUTES = elbv2.call<
  DescribeLoadBalancerAttributesCommandOutput,
  string
>('DescribeLoadBalancerAttributes', {
  params: (LoadBalancerArn) => ({ LoadBalancerArn }),
  after: [DESCRIBE_LOAD_BALANCERS],
});
