import { ruleCases } from '../../support/rule-cases.js';

/** An ALB in two subnets with the given extra properties. */
const alb = (properties = '', type = '') => `
Parameters:
  Flag: { Type: String }
  Subnets: { Type: CommaDelimitedList }
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-a, subnet-b]${type}${properties}`;

const attributes = (...pairs: string[]) =>
  `\n      LoadBalancerAttributes:\n${pairs.map((pair) => `        - ${pair}`).join('\n')}`;

ruleCases('load-balancer-deletion-protection', {
  pass: [
    {
      name: 'attribute true',
      template: alb(attributes('{ Key: deletion_protection.enabled, Value: "true" }')),
    },
  ],
  fail: [
    {
      name: 'no attributes: off by default',
      template: alb(),
      message: 'deletion_protection.enabled is false',
    },
    {
      name: 'attribute false',
      template: alb(attributes('{ Key: deletion_protection.enabled, Value: "false" }')),
    },
  ],
  unknown: [
    {
      name: 'value from a parameter without a value',
      template: alb(attributes('{ Key: deletion_protection.enabled, Value: !Ref Flag }')),
    },
    {
      name: 'an entry whose key is unresolved could be this attribute',
      template: alb(attributes('{ Key: !Ref Flag, Value: "true" }')),
    },
  ],
});

ruleCases('load-balancer-multi-az', {
  pass: [
    { name: 'two subnets', template: alb() },
    {
      name: 'NLB with two subnet mappings',
      template: `
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: network, SubnetMappings: [{ SubnetId: subnet-a }, { SubnetId: subnet-b }] }`,
    },
  ],
  fail: [
    {
      name: 'an NLB in one subnet',
      message: '1 Availability Zone',
      template: `
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: network, Subnets: [subnet-a] }`,
    },
  ],
  unknown: [
    {
      name: 'subnets from a parameter without a value',
      template: `
Parameters:
  Subnets: { Type: CommaDelimitedList }
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: !Ref Subnets }`,
    },
  ],
});
