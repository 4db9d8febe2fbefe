import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'load-balancer-deletion-protection',
  title: 'Load balancers have deletion protection',
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['elbv2-load-balancer'],
  rationale:
    'Deleting a load balancer takes every application behind it off the network and frees its DNS name; with ' +
    'deletion protection ELB refuses the delete until the attribute is turned off.',
  remediation: {
    summary: 'Set the deletion_protection.enabled attribute to true on production load balancers.',
    cloudformation:
      'AWS::ElasticLoadBalancingV2::LoadBalancer: `LoadBalancerAttributes: [{ Key: deletion_protection.enabled, Value: "true" }]`',
    cdk: 'new elbv2.ApplicationLoadBalancer(this, "Alb", { deletionProtection: true, ... })',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=deletion_protection.enabled,Value=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_150'],
    guard: ['ELB_DELETION_PROTECTION_ENABLED'],
    cdkNag: ['NIST.800.53.R5-ELBDeletionProtectionEnabled'],
    prowler: ['elbv2_deletion_protection'],
    steampipe: ['elb_application_lb_deletion_protection_enabled'],
    fsbp: ['ELB.6'],
  },
  evaluate(lb) {
    if (isUnknown(lb.deletionProtection)) return undetermined(lb.deletionProtection);
    const evidence = { deletionProtection: lb.deletionProtection };
    return lb.deletionProtection
      ? pass('deletion protection is on', evidence)
      : fail('can be deleted: deletion_protection.enabled is false', evidence);
  },
});
