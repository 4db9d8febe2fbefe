import { describePlace, required } from '../../../../inventory/facts/place.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { GET_WORK_GROUP, LIST_WORK_GROUPS } from './calls.js';

export function normalizeAthena(out: Output): void {
  const groups = out.list(LIST_WORK_GROUPS, ['athena-workgroup']).flatMap((page) => page.WorkGroups ?? []);
  for (const group of groups) {
    if (!group.Name) continue;
    const arn = `arn:${out.partition}:athena:${out.region}:${out.account}:workgroup/${group.Name}`;
    const described = out.one(GET_WORK_GROUP, group.Name);
    const place = describePlace(`Athena workgroup ${group.Name}`);
    out.add({
      type: 'athena-workgroup',
      id: arn,
      arn,
      name: group.Name,
      region: out.region,
      origin: out.origin,
      publishCloudWatchMetrics:
        described.unknown ??
        (described.notFound
          ? unknown(`Athena workgroup ${group.Name} was not found when read`)
          : required(
              described.value.WorkGroup?.Configuration?.PublishCloudWatchMetricsEnabled,
              place,
              'Configuration.PublishCloudWatchMetricsEnabled',
            )),
    });
  }
}
