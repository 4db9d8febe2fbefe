import { ruleCases } from '../../support/rule-cases.js';

const ACL = `
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { CloudWatchMetricsEnabled: true, MetricName: acl, SampledRequestsEnabled: true }`;

ruleCases('waf-web-acl-logging', {
  pass: [
    {
      name: 'a logging configuration names the ACL',
      resource: 'Acl',
      template: `
Resources:${ACL}
  Logs:
    Type: AWS::WAFv2::LoggingConfiguration
    Properties:
      ResourceArn: !GetAtt Acl.Arn
      LogDestinationConfigs: [arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web]`,
    },
  ],
  fail: [
    { name: 'no logging configuration', resource: 'Acl', template: `Resources:${ACL}`, message: 'sampled' },
    {
      name: 'a logging configuration for another ACL',
      resource: 'Acl',
      template: `
Resources:${ACL}
  Logs:
    Type: AWS::WAFv2::LoggingConfiguration
    Properties:
      ResourceArn: arn:aws:wafv2:us-east-1:111122223333:regional/webacl/other/1
      LogDestinationConfigs: [arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web]`,
    },
  ],
  unknown: [
    {
      name: 'a logging configuration whose ResourceArn is a parameter without a value',
      resource: 'Acl',
      template: `
Parameters:
  Target: { Type: String }
Resources:${ACL}
  Logs:
    Type: AWS::WAFv2::LoggingConfiguration
    Properties:
      ResourceArn: !Ref Target
      LogDestinationConfigs: [arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-web]`,
    },
  ],
});
