import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import {
  LIST_RESOURCES_FOR_WEB_ACL,
  LIST_WEB_ACLS,
  PROTECTED_RESOURCE_TYPES,
  type WafScope,
} from './calls.js';

function normalizeAcls(out: Output, scope: WafScope): string[] {
  const types =
    scope === 'REGIONAL'
      ? (['wafv2-web-acl', 'wafv2-web-acl-association'] as const)
      : (['wafv2-web-acl'] as const);
  const pages = out.list(LIST_WEB_ACLS, types, scope, {
    gapRegion: scope === 'REGIONAL' ? out.region : undefined,
  });
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
