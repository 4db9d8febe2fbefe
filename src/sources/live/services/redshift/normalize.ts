import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import {
  REDSHIFT_PUBLICLY_ACCESSIBLE,
  REDSHIFT_SNAPSHOT_RETENTION,
  redshiftEncryption,
} from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import { allPages, tagsOf, type Output } from '../../normalize/raw.js';
import { DESCRIBE_CLUSTER_PARAMETERS, DESCRIBE_CLUSTERS, DESCRIBE_LOGGING_STATUS } from './calls.js';

function requireSsl(out: Output, groupName: string | undefined, cluster: string): Maybe<boolean> {
  if (groupName === undefined) return unknown(`Redshift cluster ${cluster}: no parameter group was returned`);
  const answer = allPages(out, DESCRIBE_CLUSTER_PARAMETERS, groupName);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`Redshift parameter group ${groupName} was not found`);
  const parameter = answer.value
    .flatMap((page) => page.Parameters ?? [])
    .find((candidate) => candidate.ParameterName === 'require_ssl');
  if (parameter?.ParameterValue === undefined)
    return unknown(`Redshift parameter group ${groupName}: require_ssl was not returned`);
  return parameter.ParameterValue.toLowerCase() === 'true';
}

function auditLogging(out: Output, cluster: string): Maybe<boolean> {
  const status = out.one(DESCRIBE_LOGGING_STATUS, cluster);
  if (status.unknown) return status.unknown;
  if (status.notFound) return unknown(`Redshift cluster ${cluster}: DescribeLoggingStatus found no cluster`);
  return setting(status.value.LoggingEnabled, describePlace(`Redshift cluster ${cluster}`), 'LoggingEnabled');
}

export function normalizeRedshift(out: Output): void {
  const clusters = out.list(DESCRIBE_CLUSTERS, ['redshift-cluster']).flatMap((page) => page.Clusters ?? []);
  for (const cluster of clusters) {
    const name = cluster.ClusterIdentifier;
    if (!name) continue;
    const place = describePlace(`Redshift cluster ${name}`);
    const arn = `arn:${out.partition}:redshift:${out.region}:${out.account}:cluster:${name}`;
    // A cluster has one parameter group; the list shape is historical.
    const groupName = cluster.ClusterParameterGroups?.[0]?.ParameterGroupName;
    out.add({
      type: 'redshift-cluster',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(cluster.Tags),
      encryption: redshiftEncryption(cluster.Encrypted, cluster.KmsKeyId, place),
      publiclyAccessible: setting(
        cluster.PubliclyAccessible,
        place,
        'PubliclyAccessible',
        REDSHIFT_PUBLICLY_ACCESSIBLE,
      ),
      requireSsl: requireSsl(out, groupName, name),
      auditLogging: auditLogging(out, name),
      automatedSnapshotRetentionDays: setting(
        cluster.AutomatedSnapshotRetentionPeriod,
        place,
        'AutomatedSnapshotRetentionPeriod',
        REDSHIFT_SNAPSHOT_RETENTION,
      ),
    });
  }
}
