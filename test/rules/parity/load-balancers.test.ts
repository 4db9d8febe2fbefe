import type { LoadBalancerAttribute } from '@aws-sdk/client-elastic-load-balancing-v2';
import { parityCases } from '../../support/parity.js';
import type { FakeAccount } from '../../support/aws-server/index.js';

const ARN = (name: string, type = 'app') =>
  `arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/${type}/${name}/0123456789abcdef`;

/** A load balancer as DescribeLoadBalancers returns it; the fake answers attributes over ELB's defaults. */
function addLoadBalancer(
  account: FakeAccount,
  name: string,
  options: { type?: 'application' | 'network'; zones?: string[]; attributes?: LoadBalancerAttribute[] } = {},
): void {
  const type = options.type ?? 'application';
  const arn = ARN(name, type === 'application' ? 'app' : 'net');
  const region = (account.regions['us-east-1'] ??= {});
  const elbv2 = (region.elbv2 ??= {});
  (elbv2.loadBalancers ??= []).push({
    LoadBalancerArn: arn,
    LoadBalancerName: name,
    Type: type,
    Scheme: 'internet-facing',
    DNSName: `${name}.us-east-1.elb.amazonaws.com`,
    AvailabilityZones: (options.zones ?? ['us-east-1a', 'us-east-1b']).map((ZoneName, index) => ({
      ZoneName,
      SubnetId: `subnet-${index}`,
    })),
  });
  if (options.attributes) (elbv2.attributes ??= {})[arn] = options.attributes;
}

const template = (logicalId: string, properties: Record<string, unknown>) => ({
  logicalId,
  resources: {
    [logicalId]: {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: { Subnets: ['subnet-0', 'subnet-1'], ...properties },
    },
  },
});

const attribute = (Key: string, Value: string) => ({ Key, Value });

parityCases('alb-drops-invalid-header-fields', [
  {
    name: 'left to the default (forwarded)',
    status: 'FAIL',
    template: template('Forwarding', {}),
    live: { id: ARN('forwarding'), add: (account) => addLoadBalancer(account, 'forwarding') },
  },
  {
    name: 'dropped',
    status: 'PASS',
    template: template('Dropping', {
      LoadBalancerAttributes: [attribute('routing.http.drop_invalid_header_fields.enabled', 'true')],
    }),
    live: {
      id: ARN('dropping'),
      add: (account) =>
        addLoadBalancer(account, 'dropping', {
          attributes: [attribute('routing.http.drop_invalid_header_fields.enabled', 'true')],
        }),
    },
  },
]);

parityCases('load-balancer-access-logs', [
  {
    name: 'left to the default (off)',
    status: 'FAIL',
    template: template('Unlogged', {}),
    live: { id: ARN('unlogged'), add: (account) => addLoadBalancer(account, 'unlogged') },
  },
  {
    name: 'on',
    status: 'PASS',
    template: template('Logged', { LoadBalancerAttributes: [attribute('access_logs.s3.enabled', 'true')] }),
    live: {
      id: ARN('logged'),
      add: (account) =>
        addLoadBalancer(account, 'logged', { attributes: [attribute('access_logs.s3.enabled', 'true')] }),
    },
  },
]);

parityCases('load-balancer-deletion-protection', [
  {
    name: 'on',
    status: 'PASS',
    template: template('Protected', {
      LoadBalancerAttributes: [attribute('deletion_protection.enabled', 'true')],
    }),
    live: {
      id: ARN('protected'),
      add: (account) =>
        addLoadBalancer(account, 'protected', {
          attributes: [attribute('deletion_protection.enabled', 'true')],
        }),
    },
  },
]);

parityCases('load-balancer-multi-az', [
  {
    name: 'an NLB in one zone',
    status: 'FAIL',
    template: template('OneZone', { Type: 'network', Subnets: ['subnet-0'] }),
    live: {
      id: ARN('one-zone', 'net'),
      add: (account) => addLoadBalancer(account, 'one-zone', { type: 'network', zones: ['us-east-1a'] }),
    },
  },
]);
