import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'route53-query-logging',
  title: 'Route 53 public hosted zones log DNS queries',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['route53-hosted-zone'],
  rationale:
    'Query logs show who resolves the public names of the service and how often: reconnaissance, DNS-based ' +
    'exfiltration and traffic to a taken-over name show up there first.',
  remediation: {
    summary:
      'Configure query logging for the public hosted zone to a CloudWatch Logs group in us-east-1 whose resource ' +
      'policy lets route53.amazonaws.com write to it.',
    cloudformation:
      'AWS::Route53::HostedZone: `QueryLoggingConfig: { CloudWatchLogsLogGroupArn: <us-east-1 log group arn> }`',
    cli: 'aws route53 create-query-logging-config --hosted-zone-id <id> --cloud-watch-logs-log-group-arn <arn>',
  },
  equivalents: {
    prowler: ['route53_public_hosted_zones_cloudwatch_logging_enabled'],
    steampipe: ['route53_zone_query_logging_enabled'],
  },
  evaluate(zone) {
    if (isUnknown(zone.isPrivate)) return undetermined(zone.isPrivate);
    if (zone.isPrivate)
      return notApplicable('a private zone: Route 53 query logging applies to public zones', {
        isPrivate: true,
      });
    if (isUnknown(zone.queryLogGroupArn)) return undetermined(zone.queryLogGroupArn, { isPrivate: false });
    const evidence = { isPrivate: false, queryLogGroupArn: zone.queryLogGroupArn };
    return zone.queryLogGroupArn === null
      ? fail('the public zone does not log DNS queries', evidence)
      : pass(`DNS queries are logged to ${zone.queryLogGroupArn}`, evidence);
  },
});
