import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'waf-rules-publish-metrics',
  title: 'WAF web ACLs and their rules publish CloudWatch metrics',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['wafv2-web-acl'],
  rationale:
    'Per-rule CloudWatch metrics (allowed, blocked, counted requests) are what alarms on a rising block rate or a ' +
    'rule that suddenly stops matching are built on; a rule without them is invisible to monitoring.',
  remediation: {
    summary: 'Set VisibilityConfig.CloudWatchMetricsEnabled to true on the web ACL and on every rule.',
    cloudformation:
      'AWS::WAFv2::WebACL: `VisibilityConfig: { CloudWatchMetricsEnabled: true, ... }` on the ACL and on each entry of `Rules`',
    cli: 'aws wafv2 get-web-acl ...; set VisibilityConfig.CloudWatchMetricsEnabled=true on each rule; aws wafv2 update-web-acl ... --lock-token <token>',
  },
  equivalents: {
    prowler: ['wafv2_webacl_rule_logging_enabled'],
    fsbp: ['WAF.12'],
  },
  evaluate(acl) {
    if (isUnknown(acl.withoutMetrics)) return undetermined(acl.withoutMetrics);
    const evidence = { withoutMetrics: acl.withoutMetrics };
    return acl.withoutMetrics.length === 0
      ? pass('the web ACL and every rule publish CloudWatch metrics', evidence)
      : fail(`no CloudWatch metrics for ${acl.withoutMetrics.join(', ')}`, evidence);
  },
});
