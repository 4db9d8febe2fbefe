import type { LoadBalancerAttribute, SslPolicy } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { listParam, type CallContext, type ServiceDefinition } from '../service.js';
import { regionOf, selectByIds } from './common.js';

const policy = (Name: string, SslProtocols: string[]): SslPolicy => ({
  Name,
  SslProtocols,
  Ciphers: SslProtocols.includes('TLSv1.3')
    ? [{ Name: 'TLS_AES_128_GCM_SHA256', Priority: 1 }]
    : [{ Name: 'ECDHE-RSA-AES128-GCM-SHA256', Priority: 1 }],
  SupportedLoadBalancerTypes: ['application', 'network'],
});

/** A subset of ELB's predefined security policies, with their real protocol lists. */
export const PREDEFINED_SSL_POLICIES: SslPolicy[] = [
  policy('ELBSecurityPolicy-2016-08', ['TLSv1', 'TLSv1.1', 'TLSv1.2']),
  policy('ELBSecurityPolicy-TLS-1-0-2015-04', ['TLSv1', 'TLSv1.1', 'TLSv1.2']),
  policy('ELBSecurityPolicy-TLS-1-1-2017-01', ['TLSv1.1', 'TLSv1.2']),
  policy('ELBSecurityPolicy-TLS-1-2-2017-01', ['TLSv1.2']),
  policy('ELBSecurityPolicy-FS-1-2-Res-2020-10', ['TLSv1.2']),
  policy('ELBSecurityPolicy-TLS13-1-2-2021-06', ['TLSv1.2', 'TLSv1.3']),
  policy('ELBSecurityPolicy-TLS13-1-2-Res-2021-06', ['TLSv1.2', 'TLSv1.3']),
  policy('ELBSecurityPolicy-TLS13-1-3-2021-06', ['TLSv1.3']),
  policy('ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04', ['TLSv1.3']),
];

function page<T>(ctx: CallContext, items: readonly T[]) {
  const result = paginate(
    items,
    ctx.params.Marker,
    ctx.pageSize(ctx.params.PageSize),
    ctx.action,
    'ValidationError',
  );
  return { items: result.items, NextMarker: result.next };
}

/** The attributes ELB creates a load balancer with (a subset): every one is returned, set or not. */
function defaultAttributes(type: string | undefined): LoadBalancerAttribute[] {
  const common = [
    { Key: 'deletion_protection.enabled', Value: 'false' },
    { Key: 'access_logs.s3.enabled', Value: 'false' },
    { Key: 'access_logs.s3.bucket', Value: '' },
  ];
  if (type === 'application') {
    return [...common, { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' }];
  }
  return type === 'gateway' ? [{ Key: 'deletion_protection.enabled', Value: 'false' }] : common;
}

const notFound = (code: string, what: string) => (id: string) =>
  new AwsError(code, `${what} '${id}' not found`, 400);

export const elbv2: ServiceDefinition = {
  signingName: 'elasticloadbalancing',
  protocol: 'query',
  load: () => import('@aws-sdk/client-elastic-load-balancing-v2'),
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  operations: {
    DescribeLoadBalancers: (ctx) => {
      const all = regionOf(ctx).elbv2?.loadBalancers ?? [];
      let selected = selectByIds(
        all,
        listParam(ctx.params, 'LoadBalancerArns'),
        (lb) => lb.LoadBalancerArn,
        notFound('LoadBalancerNotFound', 'Load balancer'),
      );
      selected = selectByIds(
        selected,
        listParam(ctx.params, 'Names'),
        (lb) => lb.LoadBalancerName,
        notFound('LoadBalancerNotFound', 'Load balancer'),
      );
      const { items, NextMarker } = page(ctx, selected);
      return { LoadBalancers: items, NextMarker };
    },
    DescribeListeners: (ctx) => {
      const data = regionOf(ctx).elbv2;
      const lbArn = ctx.params.LoadBalancerArn;
      const ids = listParam(ctx.params, 'ListenerArns');
      if (!lbArn && !ids)
        throw new AwsError(
          'ValidationError',
          'You must specify either listener ARNs or a load balancer ARN',
          400,
        );
      if (lbArn && !(data?.loadBalancers ?? []).some((lb) => lb.LoadBalancerArn === lbArn))
        throw notFound('LoadBalancerNotFound', 'Load balancer')(lbArn);
      const listeners = (data?.listeners ?? []).filter((l) => !lbArn || l.LoadBalancerArn === lbArn);
      const { items, NextMarker } = page(
        ctx,
        selectByIds(listeners, ids, (l) => l.ListenerArn, notFound('ListenerNotFound', 'Listener')),
      );
      return { Listeners: items, NextMarker };
    },
    DescribeRules: (ctx) => {
      const rules = regionOf(ctx).elbv2?.rules ?? {};
      const listenerArn = ctx.params.ListenerArn;
      const ruleArns = listParam(ctx.params, 'RuleArns');
      if (!listenerArn && !ruleArns)
        throw new AwsError(
          'ValidationError',
          'You must specify either listener rule ARNs or a listener ARN',
          400,
        );
      if (
        listenerArn &&
        !(listenerArn in rules) &&
        !(regionOf(ctx).elbv2?.listeners ?? []).some((l) => l.ListenerArn === listenerArn)
      ) {
        throw notFound('ListenerNotFound', 'Listener')(listenerArn);
      }
      const candidates = listenerArn ? (rules[listenerArn] ?? []) : Object.values(rules).flat();
      const { items, NextMarker } = page(
        ctx,
        selectByIds(candidates, ruleArns, (r) => r.RuleArn, notFound('RuleNotFound', 'Rule')),
      );
      return { Rules: items, NextMarker };
    },
    DescribeLoadBalancerAttributes: (ctx) => {
      const data = regionOf(ctx).elbv2;
      const arn = ctx.params.LoadBalancerArn ?? '';
      const lb = (data?.loadBalancers ?? []).find((candidate) => candidate.LoadBalancerArn === arn);
      if (!lb) throw notFound('LoadBalancerNotFound', 'Load balancer')(arn);
      const set = data?.attributes?.[arn] ?? [];
      const attributes = defaultAttributes(lb.Type).map(
        (attribute) => set.find((given) => given.Key === attribute.Key) ?? attribute,
      );
      return { Attributes: attributes };
    },
    DescribeSSLPolicies: (ctx) => {
      const all = regionOf(ctx).elbv2?.sslPolicies ?? PREDEFINED_SSL_POLICIES;
      const { items, NextMarker } = page(
        ctx,
        selectByIds(
          all,
          listParam(ctx.params, 'Names'),
          (p) => p.Name,
          notFound('SSLPolicyNotFound', 'SSL policy'),
        ),
      );
      return { SslPolicies: items, NextMarker };
    },
  },
};
