import { describePlace } from '../../../../inventory/facts/place.js';
import { viewerProtocolPolicies } from '../../../../inventory/facts/viewer-policy.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { CloudFrontSettings } from '../../../../inventory/model.js';
import type { Output } from '../../normalize/raw.js';
import { GET_DISTRIBUTION_CONFIG, LIST_DISTRIBUTIONS } from './calls.js';
import { cloudFrontSettings } from '../../../../inventory/facts/cloudfront-settings.js';

function settingsOf(
  out: Output,
  id: string,
  defaultBehavior: { FieldLevelEncryptionId?: string; RealtimeLogConfigArn?: string } | undefined,
): CloudFrontSettings {
  const place = describePlace(`distribution ${id}`);
  const config = out.one(GET_DISTRIBUTION_CONFIG, id);
  const loggingEnabled: Maybe<boolean | undefined> =
    config.value?.DistributionConfig?.Logging?.Enabled ??
    config.unknown ??
    (config.notFound ? unknown(`distribution ${id}: configuration not found`) : undefined);
  return cloudFrontSettings(
    {
      LoggingEnabled: loggingEnabled,
      RealtimeLogConfigArn: defaultBehavior?.RealtimeLogConfigArn,
      FieldLevelEncryptionId: defaultBehavior
        ? defaultBehavior.FieldLevelEncryptionId
        : unknown(`distribution ${id}: DefaultCacheBehavior was not returned`),
    },
    place,
  );
}

export function normalizeCloudFront(out: Output): void {
  const pages = out.list(LIST_DISTRIBUTIONS, ['cloudfront-distribution'], undefined, {
    gapRegion: undefined,
  });
  for (const distribution of pages.flatMap((page) => page.DistributionList?.Items ?? [])) {
    if (!distribution.Id) continue;
    const certificate = distribution.ViewerCertificate;
    const usesDefault = certificate ? certificate.CloudFrontDefaultCertificate === true : undefined;
    const ordered = distribution.CacheBehaviors;
    // Items is left out when Quantity is 0; with a Quantity above 0 and no Items, the list was not read.
    const orderedBehaviors = ordered?.Quantity === 0 ? (ordered.Items ?? []) : ordered?.Items;
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
      viewerProtocolPolicies: viewerProtocolPolicies(
        { defaultBehavior: distribution.DefaultCacheBehavior, orderedBehaviors },
        describePlace(`distribution ${distribution.Id}`),
        { defaultPath: 'DefaultCacheBehavior', orderedPath: 'CacheBehaviors.Items' },
      ),
      webAclId: distribution.WebACLId === '' ? undefined : distribution.WebACLId,
      ...settingsOf(out, distribution.Id, distribution.DefaultCacheBehavior),
    });
  }
}
