import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { LIST_DISTRIBUTIONS } from './calls.js';

export function normalizeCloudFront(out: Output): void {
  const pages = out.list(LIST_DISTRIBUTIONS, ['cloudfront-distribution'], undefined, {
    gapRegion: undefined,
  });
  for (const distribution of pages.flatMap((page) => page.DistributionList?.Items ?? [])) {
    if (!distribution.Id) continue;
    const certificate = distribution.ViewerCertificate;
    const usesDefault = certificate ? certificate.CloudFrontDefaultCertificate === true : undefined;
    const behaviors = [distribution.DefaultCacheBehavior, ...(distribution.CacheBehaviors?.Items ?? [])];
    const policies = behaviors.map((behavior) => behavior?.ViewerProtocolPolicy);
    out.add({
      type: 'cloudfront-distribution',
      id: distribution.ARN ?? distribution.Id,
      arn: distribution.ARN,
      name: distribution.DomainName ?? distribution.Id,
      region: 'global',
      origin: out.origin,
      usesDefaultCertificate:
        usesDefault ?? unknown(`distribution ${distribution.Id}: no viewer certificate returned`),
      minimumProtocolVersion:
        usesDefault === undefined
          ? unknown(`distribution ${distribution.Id}: no viewer certificate returned`)
          : usesDefault
            ? undefined
            : certificate?.MinimumProtocolVersion,
      viewerProtocolPolicies: policies.every((policy): policy is NonNullable<typeof policy> => !!policy)
        ? policies
        : unknown(`distribution ${distribution.Id}: a cache behavior has no viewer protocol policy`),
      webAclId: distribution.WebACLId === '' ? undefined : distribution.WebACLId,
    });
  }
}
