import type { LoadBalancerAttributes, LoadBalancerDescription } from '@aws-sdk/client-elastic-load-balancing';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { listParam, type CallContext, type ServiceDefinition } from '../service.js';
import { regionOf, required, selectByIds } from './common.js';

/** A region's Classic Load Balancers; `attributes` by load balancer name, over ELB's create defaults. */
export interface FakeClassicElb {
  loadBalancers: LoadBalancerDescription[];
  attributes?: Record<string, LoadBalancerAttributes>;
}

/** What ELB creates a Classic Load Balancer with. */
const DEFAULT_ATTRIBUTES: LoadBalancerAttributes = {
  AccessLog: { Enabled: false },
  CrossZoneLoadBalancing: { Enabled: false },
  ConnectionDraining: { Enabled: false, Timeout: 300 },
  ConnectionSettings: { IdleTimeout: 60 },
};

const notFound = (name: string) =>
  new AwsError('LoadBalancerNotFound', `There is no ACTIVE Load Balancer named '${name}'`, 400);

function balancersOf(ctx: CallContext): LoadBalancerDescription[] {
  return regionOf(ctx).elb?.loadBalancers ?? [];
}

/** Classic ELB: same signing name as ELBv2, told apart by the API version every query request carries. */
export const elb: ServiceDefinition = {
  signingName: 'elasticloadbalancing',
  matches: (request) => request.form.Version === '2012-06-01',
  protocol: 'query',
  load: () => import('@aws-sdk/client-elastic-load-balancing'),
  xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/',
  operations: {
    DescribeLoadBalancers: (ctx) => {
      const selected = selectByIds(
        balancersOf(ctx),
        listParam(ctx.params, 'LoadBalancerNames'),
        (lb) => lb.LoadBalancerName,
        notFound,
      );
      const page = paginate(
        selected,
        ctx.params.Marker,
        ctx.pageSize(ctx.params.PageSize),
        ctx.action,
        'ValidationError',
      );
      return { LoadBalancerDescriptions: page.items, NextMarker: page.next };
    },
    DescribeLoadBalancerAttributes: (ctx) => {
      const name = required(ctx.params.LoadBalancerName, 'LoadBalancerName');
      if (!balancersOf(ctx).some((lb) => lb.LoadBalancerName === name)) throw notFound(name);
      const set = regionOf(ctx).elb?.attributes?.[name] ?? {};
      return { LoadBalancerAttributes: { ...DEFAULT_ATTRIBUTES, ...set } };
    },
  },
};
