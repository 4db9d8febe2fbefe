import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_REPLICATION_GROUPS } from './calls.js';

export function normalizeElastiCache(out: Output): void {
  const groups = out
    .list(DESCRIBE_REPLICATION_GROUPS, ['elasticache-replication-group'])
    .flatMap((page) => page.ReplicationGroups ?? []);
  for (const group of groups) {
    const name = group.ReplicationGroupId;
    if (!name) continue;
    const place = describePlace(`ElastiCache replication group ${name}`);
    const arn =
      group.ARN ?? `arn:${out.partition}:elasticache:${out.region}:${out.account}:replicationgroup:${name}`;
    out.add({
      type: 'elasticache-replication-group',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      transitEncryption: setting(group.TransitEncryptionEnabled, place, 'TransitEncryptionEnabled'),
      snapshotRetentionDays: setting(group.SnapshotRetentionLimit, place, 'SnapshotRetentionLimit'),
    });
  }
}
