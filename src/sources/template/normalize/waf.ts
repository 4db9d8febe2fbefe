/** A web ACL's logging: an AWS::WAFv2::LoggingConfiguration whose ResourceArn names it. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import { createPlace, type Raw } from '../../../inventory/facts/place.js';
import { withoutMetrics, type WafRuleFields } from '../../../inventory/facts/waf-metrics.js';
import {
  linkFact,
  optionalBoolFact,
  resourcesOfType,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';
import { mayNotExist } from './conditional-attachment.js';

export function webAclLogging(acl: TemplateResource, index: TemplateIndex): Maybe<boolean> {
  let unresolved: Unknown | undefined;
  for (const candidate of resourcesOfType(index, 'AWS::WAFv2::LoggingConfiguration')) {
    const target = linkFact(candidate, 'ResourceArn');
    if (target === acl.id) {
      const absent = mayNotExist(candidate, acl);
      if (!absent) return true;
      unresolved ??= unknown(`logging configuration ${absent.reason}`);
    } else if (target instanceof Unknown) {
      unresolved ??= unknown(`${candidate.logicalId}.ResourceArn: ${target.reason}; it may log this web ACL`);
    }
  }
  return unresolved ?? false;
}

export function webAclMetrics(acl: TemplateResource): Maybe<string[]> {
  const list = valueAt(acl, 'Rules');
  let rules: Raw<Raw<WafRuleFields>[]>;
  if (list instanceof Unknown) rules = unknown(`${acl.logicalId}.Rules: ${list.reason}`);
  else if (list === undefined || list === null) rules = undefined;
  else if (!Array.isArray(list)) rules = unknown(`${acl.logicalId}.Rules: not a list`);
  else
    rules = list.map((_, index) => ({
      Name: stringFact(acl, `Rules.${index}.Name`),
      CloudWatchMetricsEnabled: optionalBoolFact(
        acl,
        `Rules.${index}.VisibilityConfig.CloudWatchMetricsEnabled`,
      ),
    }));
  return withoutMetrics(
    optionalBoolFact(acl, 'VisibilityConfig.CloudWatchMetricsEnabled'),
    rules,
    createPlace(acl.logicalId),
  );
}
