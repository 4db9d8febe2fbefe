import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { coversAddressSpace } from '../lib/cidr-coverage.js';
import { isWorldCidr } from '../lib/security-group-exposure.js';

export default defineRule({
  id: 'eks-endpoint-not-public',
  title: 'EKS cluster API endpoints are not open to the internet',
  severity: 'high',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['eks-cluster'],
  rationale:
    'The Kubernetes API server controls every workload of the cluster. A public endpoint open to 0.0.0.0/0 leaves ' +
    'only authentication between it and the internet; the private endpoint, or a short list of CIDRs, adds the network.',
  remediation: {
    summary: 'Turn on the private endpoint and turn off the public one, or restrict it to known CIDRs.',
    cloudformation:
      'AWS::EKS::Cluster: `ResourcesVpcConfig: { EndpointPrivateAccess: true, EndpointPublicAccess: false }` (or `PublicAccessCidrs: [203.0.113.0/24]`)',
    cdk: 'new eks.Cluster(this, "Cluster", { endpointAccess: eks.EndpointAccess.PRIVATE, ... })',
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true',
  },
  equivalents: {
    prowler: ['eks_cluster_not_publicly_accessible'],
    steampipe: ['eks_cluster_endpoint_restrict_public_access'],
    checkov: ['CKV_AWS_39', 'CKV_AWS_38'],
    fsbp: ['EKS.1'],
    guard: ['EKS_ENDPOINT_NO_PUBLIC_ACCESS'],
  },
  evaluate(cluster) {
    if (isUnknown(cluster.endpointPublicAccess)) return undetermined(cluster.endpointPublicAccess);
    if (!cluster.endpointPublicAccess)
      return pass('the API endpoint is private only', { endpointPublicAccess: false });
    if (isUnknown(cluster.publicAccessCidrs)) return undetermined(cluster.publicAccessCidrs);
    const evidence = { endpointPublicAccess: true, publicAccessCidrs: cluster.publicAccessCidrs };
    const cidrs = cluster.publicAccessCidrs;
    // Blocks that add up to every address (0.0.0.0/1 + 128.0.0.0/1) are as open as 0.0.0.0/0.
    if (cidrs.some(isWorldCidr) || coversAddressSpace(cidrs, 'ipv4') || coversAddressSpace(cidrs, 'ipv6')) {
      return fail('the API endpoint is public and open to any address', evidence);
    }
    return pass(`the public API endpoint is restricted to ${cluster.publicAccessCidrs.join(', ')}`, evidence);
  },
});
