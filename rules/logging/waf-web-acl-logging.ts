import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'waf-web-acl-logging',
  title: 'WAF web ACLs log the requests they inspect',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['wafv2-web-acl'],
  rationale:
    'A web ACL decides which requests reach an application; its logs show which rule blocked or allowed each ' +
    'request and from where, which is how an attack is seen and a false positive is found. Without a logging ' +
    'configuration WAF keeps only sampled requests for three hours.',
  remediation: {
    summary:
      'Add a logging configuration sending the web ACL logs to CloudWatch Logs (a log group named aws-waf-logs-*), S3 or Firehose.',
    cloudformation:
      'AWS::WAFv2::LoggingConfiguration { ResourceArn: !GetAtt WebAcl.Arn, LogDestinationConfigs: [<aws-waf-logs-* log group ARN>] }',
    cdk: 'new wafv2.CfnLoggingConfiguration(this, "WafLogs", { resourceArn: acl.attrArn, logDestinationConfigs: [logGroup.logGroupArn] })',
    cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=<acl-arn>,LogDestinationConfigs=<destination-arn>',
  },
  equivalents: {
    guard: ['WAFV2_LOGGING_ENABLED'],
    prowler: ['wafv2_webacl_logging_enabled'],
    steampipe: ['wafv2_web_acl_logging_enabled'],
    fsbp: ['WAF.11'],
  },
  evaluate(acl) {
    if (isUnknown(acl.loggingEnabled)) return undetermined(acl.loggingEnabled);
    const evidence = { loggingEnabled: acl.loggingEnabled };
    return acl.loggingEnabled
      ? pass('a logging configuration records its requests', evidence)
      : fail('no logging configuration: only sampled requests are kept', evidence);
  },
});
