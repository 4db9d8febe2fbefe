import type {
  DescribeLoadBalancerAttributesCommandOutput,
  DescribeLoadBalancersCommandOutput,
} from '@aws-sdk/client-elastic-load-balancing';
import { serviceCalls } from '../../service.js';

// Classic ELB signs as `elasticloadbalancing` like ELBv2, and IAM names its actions the same way.
const elb = serviceCalls('elb', '@aws-sdk/client-elastic-load-balancing', 'elasticloadbalancing');

/** Every Classic Load Balancer of a region with its listeners (certificates included). */
export const DESCRIBE_LOAD_BALANCERS = elb.call<DescribeLoadBalancersCommandOutput>('DescribeLoadBalancers');

/** Access logging of one load balancer (no account-wide form), by load balancer name. */
export const DESCRIBE_LOAD_BALANCER_ATTRIBUTES = elb.call<
  DescribeLoadBalancerAttributesCommandOutput,
  string
>('DescribeLoadBalancerAttributes', {
  params: (LoadBalancerName) => ({ LoadBalancerName }),
  after: [DESCRIBE_LOAD_BALANCERS],
});
