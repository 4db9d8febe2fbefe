import { describePlace, required } from '../../../../inventory/facts/place.js';
import { unknown } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_CLUSTER, LIST_CLUSTERS } from './calls.js';

export function normalizeEks(out: Output): void {
  for (const name of out.list(LIST_CLUSTERS, ['eks-cluster']).flatMap((page) => page.clusters ?? [])) {
    const answer = out.one(DESCRIBE_CLUSTER, name);
    const missing = answer.unknown ?? unknown(`EKS cluster ${name}: DescribeCluster returned no cluster`);
    const cluster = answer.value?.cluster;
    const vpc = cluster?.resourcesVpcConfig;
    const place = describePlace(`EKS cluster ${name}`);
    out.add({
      type: 'eks-cluster',
      id: cluster?.arn ?? `arn:${out.partition}:eks:${out.region}:${out.account}:cluster/${name}`,
      arn: cluster?.arn,
      name,
      region: out.region,
      origin: out.origin,
      endpointPublicAccess: vpc ? required(vpc.endpointPublicAccess, place, 'endpointPublicAccess') : missing,
      // A public endpoint always allows some CIDRs (0.0.0.0/0 unless narrowed): none listed was not read.
      publicAccessCidrs: vpc
        ? required(
            vpc.endpointPublicAccess === true && vpc.publicAccessCidrs?.length === 0
              ? undefined
              : vpc.publicAccessCidrs,
            place,
            'publicAccessCidrs',
            vpc.endpointPublicAccess === true ? 'a public endpoint allows at least one CIDR' : undefined,
          )
        : missing,
    });
  }
}
