/**
 * Which parts of a web ACL publish no CloudWatch metrics. VisibilityConfig is
 * required on the ACL and on every rule (CloudFormation and GetWebACL alike),
 * so a missing one is Unknown, never "metrics on".
 */
import { isUnknown, type Maybe } from '../maybe.js';
import { below, required, type Place, type Raw } from './place.js';

export const WEB_ACL_ITSELF = '(web ACL)';

export interface WafRuleFields {
  Name: Raw<string>;
  CloudWatchMetricsEnabled: Raw<boolean>;
}

export function withoutMetrics(
  aclMetrics: Raw<boolean>,
  rules: Raw<Raw<WafRuleFields>[]>,
  place: Place,
): Maybe<string[]> {
  const own = required(aclMetrics, place, 'VisibilityConfig.CloudWatchMetricsEnabled');
  if (isUnknown(own)) return own;
  const missing = own ? [] : [WEB_ACL_ITSELF];
  if (isUnknown(rules)) return rules;
  for (const [index, rule] of (rules ?? []).entries()) {
    const at = below(place, `Rules.${index}`);
    if (isUnknown(rule)) return rule;
    const fields = required(rule, at, '');
    if (isUnknown(fields)) return fields;
    const name = required(fields.Name, at, 'Name');
    if (isUnknown(name)) return name;
    const metrics = required(
      fields.CloudWatchMetricsEnabled,
      at,
      'VisibilityConfig.CloudWatchMetricsEnabled',
    );
    if (isUnknown(metrics)) return metrics;
    if (!metrics) missing.push(name);
  }
  return missing;
}
