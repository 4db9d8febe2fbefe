import { unknown, type Maybe, type Unknown } from '../../../../inventory/maybe.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { withoutMetrics } from '../../../../inventory/facts/waf-metrics.js';
import { allPages, type Output } from '../../normalize/raw.js';
import {
  GET_WEB_ACL,
  LIST_LOGGING_CONFIGURATIONS,
  LIST_RESOURCES_FOR_WEB_ACL,
  LIST_WEB_ACLS,
  PROTECTED_RESOURCE_TYPES,
  type WafScope,
} from './calls.js';

/** ARNs of the ACLs that have a logging configuration, or why they are not known. */
function loggedAcls(out: Output, scope: WafScope): Set<string> | Unknown {
  const answer = allPages(out, LIST_LOGGING_CONFIGURATIONS, scope);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`wafv2:ListLoggingConfigurations (${scope}): ${answer.notFound.code}`);
  return new Set(
    answer.value
      .flatMap((page) => page.LoggingConfigurations ?? [])
      .map((config) => config.ResourceArn)
      .filter((arn): arn is string => arn !== undefined),
  );
}

function metricsOf(
  out: Output,
  scope: WafScope,
  name: string | undefined,
  id: string | undefined,
): Maybe<string[]> {
  if (!name || !id) return unknown(`web ACL ${name ?? id ?? '?'}: Name or Id was not returned`);
  const answer = out.one(GET_WEB_ACL, { name, id, scope });
  if (answer.unknown) return answer.unknown;
  const acl = answer.value?.WebACL;
  if (!acl) return unknown(`web ACL ${name}: GetWebACL returned no WebACL`);
  return withoutMetrics(
    acl.VisibilityConfig?.CloudWatchMetricsEnabled,
    acl.Rules?.map((rule) => ({
      Name: rule.Name,
      CloudWatchMetricsEnabled: rule.VisibilityConfig?.CloudWatchMetricsEnabled,
    })),
    describePlace(`web ACL ${name}`),
  );
}

function normalizeAcls(out: Output, scope: WafScope): string[] {
  const types =
    scope === 'REGIONAL'
      ? (['wafv2-web-acl', 'wafv2-web-acl-association'] as const)
      : (['wafv2-web-acl'] as const);
  const pages = out.list(LIST_WEB_ACLS, types, scope, {
    gapRegion: scope === 'REGIONAL' ? out.region : undefined,
  });
  const logged = loggedAcls(out, scope);
  const arns: string[] = [];
  for (const acl of pages.flatMap((page) => page.WebACLs ?? [])) {
    if (!acl.ARN) continue;
    arns.push(acl.ARN);
    out.add({
      type: 'wafv2-web-acl',
      id: acl.ARN,
      arn: acl.ARN,
      name: acl.Name,
      region: scope === 'REGIONAL' ? out.region : 'global',
      origin: out.origin,
      scope,
      loggingEnabled: logged instanceof Set ? logged.has(acl.ARN) : logged,
      withoutMetrics: metricsOf(out, scope, acl.Name, acl.Id),
    });
  }
  return arns;
}

export function normalizeWafRegional(out: Output): void {
  for (const aclArn of normalizeAcls(out, 'REGIONAL')) {
    for (const resourceType of PROTECTED_RESOURCE_TYPES) {
      const listed = out.one(LIST_RESOURCES_FOR_WEB_ACL, { webAclArn: aclArn, resourceType });
      if (!listed.value) {
        // The ACL may protect any resource of this type: an association with an unknown target.
        out.add({
          type: 'wafv2-web-acl-association',
          id: `${aclArn}|${resourceType}`,
          region: out.region,
          origin: out.origin,
          webAclId: aclArn,
          resourceId:
            listed.unknown ??
            unknown(`wafv2:ListResourcesForWebACL ${aclArn} (${resourceType}): ${listed.notFound.code}`),
        });
        continue;
      }
      for (const resourceArn of listed.value.ResourceArns ?? []) {
        out.add({
          type: 'wafv2-web-acl-association',
          id: `${aclArn}|${resourceArn}`,
          region: out.region,
          origin: out.origin,
          webAclId: aclArn,
          resourceId: resourceArn,
        });
      }
    }
  }
}

export function normalizeWafCloudFront(out: Output): void {
  normalizeAcls(out, 'CLOUDFRONT');
}
