import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown, unknown, type Unknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'emr-master-no-public-ip',
  title: 'EMR master nodes get no public IP address',
  severity: 'high',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['emr-cluster'],
  reads: ['ec2-subnet'],
  rationale:
    "An EMR master node runs the cluster's web interfaces (YARN, Spark history, Hue) and accepts SSH. EMR gives it " +
    'a public IPv4 address whenever its subnet maps public addresses on launch, so a single permissive security ' +
    'group rule then opens it to the internet. In a private subnet it is reachable only through the VPC.',
  remediation: {
    summary:
      'Launch the cluster in a private subnet (MapPublicIpOnLaunch off; NAT or VPC endpoints for S3 and the AWS APIs) and reach it through a bastion, Session Manager or a VPN.',
    cloudformation:
      'AWS::EMR::Cluster: `Instances.Ec2SubnetId` naming an AWS::EC2::Subnet with `MapPublicIpOnLaunch: false`',
    cdk: 'new emr.CfnCluster(this, "Cluster", { instances: { ec2SubnetId: vpc.privateSubnets[0].subnetId, ... }, ... })',
    cli: 'aws emr create-cluster ... --ec2-attributes SubnetId=<private-subnet> (a running cluster cannot move: recreate it)',
  },
  equivalents: {
    prowler: ['emr_cluster_master_nodes_no_public_ip'],
    steampipe: ['emr_cluster_master_nodes_no_public_ip'],
    fsbp: ['EMR.1'],
  },
  evaluate(cluster, inventory) {
    if (isUnknown(cluster.subnetIds)) return undetermined(cluster.subnetIds);
    if (cluster.subnetIds.length === 0) {
      return fail(
        'no subnet is set: EMR launches the cluster in a default subnet of the default VPC, which maps public IPv4 addresses',
        { subnets: [] },
      );
    }
    const publicSubnets: string[] = [];
    let unresolved: Unknown | undefined;
    for (const subnetId of cluster.subnetIds) {
      const subnet = inventory.require('ec2-subnet', subnetId, cluster.region);
      if (isUnknown(subnet)) {
        unresolved ??= subnet;
        continue;
      }
      const mapped = subnet.mapPublicIpOnLaunch;
      if (isUnknown(mapped)) unresolved ??= unknown(`subnet ${subnetId}: ${mapped.reason}`);
      else if (mapped === undefined)
        unresolved ??= unknown(`subnet ${subnetId}: MapPublicIpOnLaunch was not returned`);
      else if (mapped) publicSubnets.push(subnetId);
    }
    const subnets = [...cluster.subnetIds];
    if (publicSubnets.length > 0) {
      return fail(
        `subnet ${publicSubnets.join(', ')} maps public IPv4 addresses on launch: the master node gets a public IP`,
        { subnets, publicSubnets },
      );
    }
    if (unresolved) return undetermined(unresolved, { subnets });
    return pass(`the cluster's subnet(s) map no public IPv4 addresses on launch`, { subnets });
  },
});
