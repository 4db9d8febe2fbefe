import { ruleCases } from '../../support/rule-cases.js';

const acl = (aclMetrics: string, rules: string) => `
Parameters:
  Flag: { Type: String }
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { CloudWatchMetricsEnabled: ${aclMetrics}, MetricName: acl, SampledRequestsEnabled: true }
      Rules:${rules}`;

const rule = (name: string, metrics: string) => `
        - Name: ${name}
          Priority: 0
          Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }
          OverrideAction: { None: {} }
          VisibilityConfig: { CloudWatchMetricsEnabled: ${metrics}, MetricName: ${name}, SampledRequestsEnabled: true }`;

ruleCases('waf-rules-publish-metrics', {
  pass: [{ name: 'the ACL and its rule publish metrics', template: acl('true', rule('common', 'true')) }],
  fail: [
    { name: 'a rule without metrics', template: acl('true', rule('common', 'false')), message: 'common' },
    { name: 'the ACL itself without metrics', template: acl('false', ' []'), message: '(web ACL)' },
  ],
  unknown: [
    {
      name: 'a rule whose metrics flag is a parameter without a value',
      template: acl('true', rule('common', '!Ref Flag')),
    },
    {
      name: 'no VisibilityConfig (required)',
      template: `
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties: { Scope: REGIONAL, DefaultAction: { Allow: {} } }`,
    },
  ],
});
