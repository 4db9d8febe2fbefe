import type { DescribeClusterCommandOutput } from '@aws-sdk/client-emr';
import { kerberosInSecurityConfiguration } from '../../../../inventory/facts/emr.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Json, Output } from '../../normalize/raw.js';
import { DESCRIBE_CLUSTER, DESCRIBE_SECURITY_CONFIGURATION, LIST_CLUSTERS } from './calls.js';

function kerberosOf(out: Output, cluster: string, configuration: string | undefined): Maybe<boolean> {
  if (configuration === undefined) return false;
  const described = out.one(DESCRIBE_SECURITY_CONFIGURATION, configuration);
  if (described.unknown) return described.unknown;
  if (described.notFound || described.value.SecurityConfiguration === undefined) {
    return unknown(`EMR cluster ${cluster}: security configuration ${configuration} could not be read`);
  }
  return kerberosInSecurityConfiguration(
    described.value.SecurityConfiguration,
    `EMR security configuration ${configuration}`,
  );
}

type Cluster = NonNullable<Json<DescribeClusterCommandOutput>['Cluster']>;

function subnetOf(cluster: Cluster | undefined, id: string): Maybe<string[]> | undefined {
  if (!cluster) return undefined;
  const subnet = cluster.Ec2InstanceAttributes?.Ec2SubnetId;
  return subnet ? [subnet] : unknown(`EMR cluster ${id}: DescribeCluster returned no Ec2SubnetId`);
}

export function normalizeEmr(out: Output): void {
  const clusters = out.list(LIST_CLUSTERS, ['emr-cluster']).flatMap((page) => page.Clusters ?? []);
  for (const summary of clusters) {
    const id = summary.Id;
    if (!id) continue;
    const arn =
      summary.ClusterArn ??
      `arn:${out.partition}:elasticmapreduce:${out.region}:${out.account}:cluster/${id}`;
    const described = out.one(DESCRIBE_CLUSTER, id);
    const cluster = described.value?.Cluster;
    const missing = described.unknown ?? unknown(`EMR cluster ${id}: DescribeCluster found no cluster`);
    out.add({
      type: 'emr-cluster',
      id: arn,
      arn,
      name: summary.Name ?? id,
      region: out.region,
      origin: out.origin,
      subnetIds: subnetOf(cluster, id) ?? missing,
      // KerberosAttributes are accepted only with a Kerberos security configuration.
      kerberosEnabled: !cluster
        ? missing
        : cluster.KerberosAttributes?.Realm
          ? true
          : kerberosOf(out, id, cluster.SecurityConfiguration),
    });
  }
}
