import { ruleCases } from '../../support/rule-cases.js';

const lb = (properties: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [subnet-a, subnet-b]${properties} }`;

ruleCases('alb-drops-invalid-header-fields', {
  pass: [
    {
      name: 'attribute true',
      template: lb(
        ', LoadBalancerAttributes: [{ Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }]',
      ),
    },
  ],
  fail: [
    { name: 'unset: ELB forwards them by default', template: lb(''), message: 'invalid names' },
    {
      name: 'other attributes only',
      template: lb(', LoadBalancerAttributes: [{ Key: deletion_protection.enabled, Value: "true" }]'),
    },
  ],
  unknown: [
    {
      name: 'value from a parameter without a value',
      template: lb(
        ', LoadBalancerAttributes: [{ Key: routing.http.drop_invalid_header_fields.enabled, Value: !Ref Flag }]',
      ),
    },
    { name: 'load balancer type from a parameter without a value', template: lb(', Type: !Ref Flag') },
  ],
  notApplicable: [{ name: 'a network load balancer', template: lb(', Type: network') }],
});
