import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'load-balancer-multi-az',
  title: 'Load balancers span more than one Availability Zone',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['elbv2-load-balancer'],
  rationale:
    'A load balancer has nodes only in the Availability Zones of its subnets. With one zone, that zone failing ' +
    'takes the endpoint down even when the targets behind it run elsewhere.',
  remediation: {
    summary: 'Attach one subnet in each of at least two Availability Zones.',
    cloudformation:
      'AWS::ElasticLoadBalancingV2::LoadBalancer: `Subnets` (or `SubnetMappings`) in two or more Availability Zones',
    cdk: 'new elbv2.NetworkLoadBalancer(this, "Nlb", { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC, onePerAz: true } })',
    cli: 'aws elbv2 set-subnets --load-balancer-arn <arn> --subnets <subnet-az-a> <subnet-az-b>',
  },
  equivalents: {
    prowler: ['elbv2_is_in_multiple_az'],
    steampipe: ['elb_application_gateway_network_lb_multiple_az_configured'],
    fsbp: ['ELB.13'],
  },
  evaluate(lb) {
    if (isUnknown(lb.zoneCount)) return undetermined(lb.zoneCount);
    const evidence = { zoneCount: lb.zoneCount };
    return lb.zoneCount >= 2
      ? pass(`has nodes in ${lb.zoneCount} Availability Zones`, evidence)
      : fail(`has nodes in ${lb.zoneCount} Availability Zone only`, evidence);
  },
});
