import { unknown } from '../../../../inventory/maybe.js';
import {
  clusterPubliclyAccessible,
  publiclyAccessible,
} from '../../../../inventory/facts/db-public-access.js';
import { flagEncryption } from '../../../../inventory/facts/flag-encryption.js';
import { dbSettings } from '../../../../inventory/facts/db-settings.js';
import { describePlace, type Place } from '../../../../inventory/facts/place.js';
import type { EncryptionAtRest } from '../../../../inventory/model.js';
import type { Maybe } from '../../../../inventory/maybe.js';
import { tagsOf, type Output } from '../../normalize/raw.js';
import { DESCRIBE_DB_CLUSTERS, DESCRIBE_DB_INSTANCES, DESCRIBE_DB_SUBNET_GROUPS } from './calls.js';
import { normalizeDbSnapshots } from './snapshots.js';
import { clusterTls, instanceTls } from './tls.js';

/** RDS names subnet groups and clusters per region; ARNs keep them apart across regions. */
function rdsArn(out: Output, kind: 'subgrp' | 'cluster', name: string): string {
  return `arn:${out.partition}:rds:${out.region}:${out.account}:${kind}:${name}`;
}

function encryption(
  encrypted: boolean | undefined,
  kmsKeyId: string | undefined,
  place: Place,
): Maybe<EncryptionAtRest> {
  return flagEncryption({ encrypted, keyId: kmsKeyId }, place, { flag: 'StorageEncrypted', key: 'KmsKeyId' });
}

const DESCRIBED_NAMES = {
  logExports: 'EnabledCloudwatchLogsExports',
  iamAuthentication: 'IAMDatabaseAuthenticationEnabled',
};

export function normalizeRds(out: Output): void {
  const instances = out
    .list(DESCRIBE_DB_INSTANCES, ['rds-db-instance'])
    .flatMap((page) => page.DBInstances ?? []);
  for (const db of instances) {
    const name = db.DBInstanceIdentifier ?? 'unnamed';
    const place = describePlace(`DB instance ${name}`);
    const groupName = db.DBSubnetGroup?.DBSubnetGroupName;
    out.add({
      type: 'rds-db-instance',
      id: db.DBInstanceArn ?? `arn:${out.partition}:rds:${out.region}:${out.account}:db:${name}`,
      arn: db.DBInstanceArn,
      name,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(db.TagList),
      engine: db.Engine,
      clusterId: db.DBClusterIdentifier ? rdsArn(out, 'cluster', db.DBClusterIdentifier) : undefined,
      readReplicaSource: db.ReadReplicaSourceDBInstanceIdentifier || undefined,
      encryption: encryption(db.StorageEncrypted, db.KmsKeyId, place),
      publiclyAccessible: publiclyAccessible(db.PubliclyAccessible, place),
      subnetGroupId: groupName ? rdsArn(out, 'subgrp', groupName) : undefined,
      tlsRequirement: instanceTls(out, db, name),
      ...dbSettings(
        {
          BackupRetentionPeriod: db.BackupRetentionPeriod,
          DeletionProtection: db.DeletionProtection,
          LogExports: db.EnabledCloudwatchLogsExports,
          IAMDatabaseAuthentication: db.IAMDatabaseAuthenticationEnabled,
          CopyTagsToSnapshot: db.CopyTagsToSnapshot,
          MultiAZ: db.MultiAZ,
        },
        place,
        'instance',
        DESCRIBED_NAMES,
      ),
    });
  }

  const clusters = out
    .list(DESCRIBE_DB_CLUSTERS, ['rds-db-cluster'])
    .flatMap((page) => page.DBClusters ?? []);
  for (const cluster of clusters) {
    const name = cluster.DBClusterIdentifier ?? 'unnamed';
    const place = describePlace(`DB cluster ${name}`);
    out.add({
      type: 'rds-db-cluster',
      id: rdsArn(out, 'cluster', name),
      arn: cluster.DBClusterArn,
      name,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(cluster.TagList),
      engine: cluster.Engine,
      encryption: encryption(cluster.StorageEncrypted, cluster.KmsKeyId, place),
      publiclyAccessible: clusterPubliclyAccessible(
        { engine: cluster.Engine, publiclyAccessible: cluster.PubliclyAccessible },
        place,
      ),
      subnetGroupId: cluster.DBSubnetGroup ? rdsArn(out, 'subgrp', cluster.DBSubnetGroup) : undefined,
      tlsRequirement: clusterTls(out, cluster, name),
      ...dbSettings(
        {
          BackupRetentionPeriod: cluster.BackupRetentionPeriod,
          DeletionProtection: cluster.DeletionProtection,
          LogExports: cluster.EnabledCloudwatchLogsExports,
          IAMDatabaseAuthentication: cluster.IAMDatabaseAuthenticationEnabled,
          CopyTagsToSnapshot: cluster.CopyTagsToSnapshot,
          MultiAZ: cluster.MultiAZ,
        },
        place,
        'cluster',
        DESCRIBED_NAMES,
      ),
    });
  }

  const groups = out
    .list(DESCRIBE_DB_SUBNET_GROUPS, ['rds-db-subnet-group'])
    .flatMap((page) => page.DBSubnetGroups ?? []);
  for (const group of groups) {
    const name = group.DBSubnetGroupName ?? 'unnamed';
    out.add({
      type: 'rds-db-subnet-group',
      id: rdsArn(out, 'subgrp', name),
      arn: group.DBSubnetGroupArn,
      name,
      region: out.region,
      origin: out.origin,
      subnetIds:
        group.Subnets === undefined
          ? unknown(`DB subnet group ${name}: Subnets were not returned`)
          : group.Subnets.map((subnet) => subnet.SubnetIdentifier).filter((id): id is string => !!id),
      vpcId: group.VpcId ?? unknown(`DB subnet group ${name}: VpcId was not returned`),
    });
  }
  normalizeDbSnapshots(out);
}
