import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'load-balancer-access-logs',
  title: 'Load balancers write access logs',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['elbv2-load-balancer', 'elb-classic-load-balancer'],
  rationale:
    'Access logs record every request a load balancer received (client address, path, status, TLS protocol and ' +
    'cipher). CloudTrail does not see data-plane requests, so without them an attack on an application cannot be ' +
    'reconstructed after the fact.',
  remediation: {
    summary: 'Turn on access logs to an S3 bucket whose policy lets the ELB log delivery service write.',
    cloudformation:
      'AWS::ElasticLoadBalancingV2::LoadBalancer: `LoadBalancerAttributes: [{ Key: access_logs.s3.enabled, Value: "true" }, { Key: access_logs.s3.bucket, Value: <bucket> }]`; ' +
      'AWS::ElasticLoadBalancing::LoadBalancer (Classic): `AccessLoggingPolicy: { Enabled: true, S3BucketName: <bucket>, EmitInterval: 60 }`',
    cdk: 'alb.logAccessLogs(bucket, "prefix")',
    cli:
      'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>; ' +
      'Classic: aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "AccessLog={Enabled=true,S3BucketName=<bucket>}"',
  },
  equivalents: {
    checkov: ['CKV_AWS_91', 'CKV_AWS_92'],
    guard: ['ELB_LOGGING_ENABLED'],
    cdkNag: ['AwsSolutions-ELB2', 'NIST.800.53.R5-ELBLoggingEnabled'],
    prowler: ['elbv2_logging_enabled', 'elb_logging_enabled'],
    steampipe: ['elb_application_classic_lb_logging_enabled'],
    fsbp: ['ELB.5'],
  },
  evaluate(lb) {
    if (lb.type === 'elb-classic-load-balancer') {
      if (isUnknown(lb.accessLogs)) return undetermined(lb.accessLogs);
      return lb.accessLogs
        ? pass('access logs are delivered to S3', { accessLogs: true })
        : fail('access logs are off (AccessLog.Enabled is false)', { accessLogs: false });
    }
    if (isUnknown(lb.lbType)) return undetermined(lb.lbType);
    if (lb.lbType === 'gateway') return notApplicable('a gateway load balancer has no access logs');
    if (isUnknown(lb.accessLogs)) return undetermined(lb.accessLogs);
    const evidence = { accessLogs: lb.accessLogs };
    return lb.accessLogs
      ? pass('access logs are delivered to S3', evidence)
      : fail('access logs are off (access_logs.s3.enabled is false)', evidence);
  },
});
