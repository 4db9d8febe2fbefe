import { ruleCases } from '../../support/rule-cases.js';

const lb = (properties: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Subnets: [subnet-a, subnet-b]${properties} }`;

ruleCases('load-balancer-access-logs', {
  pass: [
    {
      name: 'access logs on',
      template: lb(
        ', LoadBalancerAttributes: [{ Key: access_logs.s3.enabled, Value: "true" }, { Key: access_logs.s3.bucket, Value: logs }]',
      ),
    },
  ],
  fail: [
    { name: 'unset: off by default', template: lb(''), message: 'access logs are off' },
    { name: 'a network load balancer without them', template: lb(', Type: network') },
  ],
  unknown: [
    {
      name: 'attribute list chosen by an undecided condition',
      template: `
Parameters:
  Flag: { Type: String }
Conditions:
  Logged: !Equals [!Ref Flag, yes]
Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-a, subnet-b]
      LoadBalancerAttributes: !If [Logged, [{ Key: access_logs.s3.enabled, Value: "true" }], []]`,
    },
    {
      name: 'value from a parameter without a value',
      template: lb(', LoadBalancerAttributes: [{ Key: access_logs.s3.enabled, Value: !Ref Flag }]'),
    },
  ],
  notApplicable: [{ name: 'a gateway load balancer', template: lb(', Type: gateway') }],
});
