import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'alb-drops-invalid-header-fields',
  title: 'Application load balancers drop invalid HTTP header fields',
  severity: 'medium',
  criteria: ['CC6.6', 'CC6.7'],
  family: 'tls',
  appliesTo: ['elbv2-load-balancer'],
  rationale:
    'An ALB forwards header fields whose names are not valid HTTP tokens unless told to drop them. Back ends that ' +
    'parse such headers differently from the ALB can be reached with smuggled requests (HTTP desync).',
  remediation: {
    summary: 'Set the routing.http.drop_invalid_header_fields.enabled attribute to true.',
    cloudformation:
      'AWS::ElasticLoadBalancingV2::LoadBalancer: `LoadBalancerAttributes: [{ Key: routing.http.drop_invalid_header_fields.enabled, Value: "true" }]`',
    cdk: 'new elbv2.ApplicationLoadBalancer(this, "Alb", { dropInvalidHeaderFields: true, ... })',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
  },
  equivalents: {
    checkov: ['CKV_AWS_131'],
    guard: ['ALB_HTTP_DROP_INVALID_HEADER_ENABLED'],
    prowler: ['elbv2_alb_drop_invalid_header_fields_enabled'],
    steampipe: ['elb_application_lb_http_drop_invalid_header_enabled'],
    fsbp: ['ELB.4'],
  },
  evaluate(lb) {
    if (isUnknown(lb.dropInvalidHeaderFields)) return undetermined(lb.dropInvalidHeaderFields);
    if (lb.dropInvalidHeaderFields === undefined) {
      return notApplicable(`a ${String(lb.lbType)} load balancer does not parse HTTP headers`);
    }
    const evidence = { dropInvalidHeaderFields: lb.dropInvalidHeaderFields };
    return lb.dropInvalidHeaderFields
      ? pass('drops header fields with invalid names', evidence)
      : fail('forwards header fields with invalid names (drop_invalid_header_fields is false)', evidence);
  },
});
