/** DB snapshots and DB cluster snapshots (RDS, Aurora, Neptune, DocumentDB): encryption and who may restore them. */
import { describePlace, required } from '../../../../inventory/facts/place.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import {
  canBeShared,
  DESCRIBE_DB_CLUSTER_SNAPSHOT_ATTRIBUTES,
  DESCRIBE_DB_CLUSTER_SNAPSHOTS,
  DESCRIBE_DB_SNAPSHOT_ATTRIBUTES,
  DESCRIBE_DB_SNAPSHOTS,
} from './calls.js';

interface Attribute {
  AttributeName?: string;
  AttributeValues?: string[];
}

/** `all` among the restore attribute's values: any AWS account may copy or restore the snapshot. */
function restorableByAll(
  answer: { value?: Attribute[] | undefined; unknown?: Maybe<never>; notFound?: unknown },
  id: string,
): Maybe<boolean> {
  if (answer.unknown) return answer.unknown;
  if (answer.notFound || answer.value === undefined) {
    return unknown(`snapshot ${id}: its restore attribute was not returned`);
  }
  // The restore attribute is always listed (empty when the snapshot is shared with no one).
  const restore = answer.value.find((attribute) => attribute.AttributeName === 'restore');
  if (restore === undefined) return unknown(`snapshot ${id}: its restore attribute was not returned`);
  return (restore.AttributeValues ?? []).includes('all');
}

export function normalizeDbSnapshots(out: Output): void {
  const types = ['rds-db-snapshot'] as const;
  for (const snapshot of out.list(DESCRIBE_DB_SNAPSHOTS, types).flatMap((page) => page.DBSnapshots ?? [])) {
    const id = snapshot.DBSnapshotIdentifier;
    if (!id) continue;
    const place = describePlace(`DB snapshot ${id}`);
    let isPublic: Maybe<boolean | undefined> = undefined;
    if (canBeShared(snapshot.SnapshotType)) {
      const answer = out.one(DESCRIBE_DB_SNAPSHOT_ATTRIBUTES, id);
      isPublic = restorableByAll(
        {
          value: answer.value?.DBSnapshotAttributesResult?.DBSnapshotAttributes,
          unknown: answer.unknown,
          notFound: answer.notFound,
        },
        id,
      );
    }
    out.add({
      type: 'rds-db-snapshot',
      id: snapshot.DBSnapshotArn ?? `arn:${out.partition}:rds:${out.region}:${out.account}:snapshot:${id}`,
      arn: snapshot.DBSnapshotArn,
      name: id,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(snapshot.TagList),
      kind: 'instance',
      engine: snapshot.Engine,
      snapshotType: required(snapshot.SnapshotType, place, 'SnapshotType'),
      encrypted: required(snapshot.Encrypted, place, 'Encrypted'),
      public: isPublic,
    });
  }
  const clusterSnapshots = out
    .list(DESCRIBE_DB_CLUSTER_SNAPSHOTS, types)
    .flatMap((page) => page.DBClusterSnapshots ?? []);
  for (const snapshot of clusterSnapshots) {
    const id = snapshot.DBClusterSnapshotIdentifier;
    if (!id) continue;
    const place = describePlace(`DB cluster snapshot ${id}`);
    let isPublic: Maybe<boolean | undefined> = undefined;
    if (canBeShared(snapshot.SnapshotType)) {
      const answer = out.one(DESCRIBE_DB_CLUSTER_SNAPSHOT_ATTRIBUTES, id);
      isPublic = restorableByAll(
        {
          value: answer.value?.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes,
          unknown: answer.unknown,
          notFound: answer.notFound,
        },
        id,
      );
    }
    out.add({
      type: 'rds-db-snapshot',
      id:
        snapshot.DBClusterSnapshotArn ??
        `arn:${out.partition}:rds:${out.region}:${out.account}:cluster-snapshot:${id}`,
      arn: snapshot.DBClusterSnapshotArn,
      name: id,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(snapshot.TagList),
      kind: 'cluster',
      engine: snapshot.Engine,
      snapshotType: required(snapshot.SnapshotType, place, 'SnapshotType'),
      encrypted: required(snapshot.StorageEncrypted, place, 'StorageEncrypted'),
      public: isPublic,
    });
  }
}
