import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { LIST_HOSTED_ZONES, LIST_QUERY_LOGGING_CONFIGS } from './calls.js';

/** `/hostedzone/Z1D633PJN98FT9` -> `Z1D633PJN98FT9`. */
const zoneId = (id: string) => id.replace(/^\/hostedzone\//, '');

export function normalizeRoute53(out: Output): void {
  // The zones are global (region 'global'): a gap in their listing is account-wide, as for IAM, S3 and CloudFront;
  // one placed in the region the call went to would bear on none of them.
  const zones = out
    .list(LIST_HOSTED_ZONES, ['route53-hosted-zone'], undefined, { gapRegion: undefined })
    .flatMap((page) => page.HostedZones ?? []);
  // A failed listing of configurations leaves logging unknown on each zone; the zones themselves were read.
  const configs = out.list(LIST_QUERY_LOGGING_CONFIGS, []).flatMap((page) => page.QueryLoggingConfigs ?? []);
  const failed = out.one(LIST_QUERY_LOGGING_CONFIGS).unknown;
  const logGroupOf = new Map<string, string>();
  for (const config of configs) {
    if (config.HostedZoneId && config.CloudWatchLogsLogGroupArn)
      logGroupOf.set(zoneId(config.HostedZoneId), config.CloudWatchLogsLogGroupArn);
  }
  for (const zone of zones) {
    if (!zone.Id) continue;
    const id = zoneId(zone.Id);
    const queryLogGroupArn: Maybe<string | null> = logGroupOf.get(id) ?? failed ?? null;
    out.add({
      type: 'route53-hosted-zone',
      id: `arn:${out.partition}:route53:::hostedzone/${id}`,
      arn: `arn:${out.partition}:route53:::hostedzone/${id}`,
      name: zone.Name,
      region: 'global',
      origin: out.origin,
      isPrivate: zone.Config?.PrivateZone ?? unknown(`zone ${id}: Config.PrivateZone missing`),
      queryLogGroupArn,
    });
  }
}
