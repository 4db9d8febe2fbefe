import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { publicRouteOf } from '../lib/subnet-routes.js';

export default defineRule({
  id: 'vpc-public-and-private-subnets',
  title: 'VPCs separate public subnets from private ones',
  severity: 'medium',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-vpc'],
  reads: ['ec2-subnet', 'ec2-route-table'],
  sources: ['live'],
  rationale:
    'A VPC whose subnets are all public has nowhere to put databases and application servers out of the ' +
    "internet's reach; a tiered layout (public subnets for load balancers and NAT, private ones for the rest) is " +
    'the network segmentation an auditor expects. A VPC with private subnets only passes: nothing in it faces the internet.',
  remediation: {
    summary:
      'Add private subnets (no default route to an internet gateway) and move the workloads into them.',
    cloudformation:
      'AWS::EC2::Subnet with an AWS::EC2::RouteTable whose default route goes to a NAT gateway, not to the AWS::EC2::InternetGateway',
    cdk: 'new ec2.Vpc(this, "Vpc", { subnetConfiguration: [{ subnetType: ec2.SubnetType.PUBLIC, ... }, { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, ... }] })',
    cli: 'aws ec2 create-subnet --vpc-id <vpc> --cidr-block <cidr> && aws ec2 associate-route-table --subnet-id <subnet> --route-table-id <private table>',
  },
  equivalents: {
    prowler: ['vpc_subnet_separate_private_public'],
    steampipe: ['vpc_subnet_public_and_private'],
  },
  evaluate(vpc, inventory) {
    const subnets = inventory
      .ofType('ec2-subnet')
      .filter(
        (subnet) => subnet.region === vpc.region && !isUnknown(subnet.vpcId) && subnet.vpcId === vpc.id,
      );
    if (subnets.length === 0) return notApplicable('the VPC has no subnets');
    const publicSubnets: string[] = [];
    const privateSubnets: string[] = [];
    const undecided: string[] = [];
    for (const subnet of subnets) {
      const route = publicRouteOf(subnet, inventory);
      if (isUnknown(route)) undecided.push(route.reason);
      else (route === undefined ? privateSubnets : publicSubnets).push(subnet.id);
    }
    const evidence = { publicSubnets, privateSubnets };
    if (publicSubnets.length > 0 && privateSubnets.length > 0)
      return pass(`${publicSubnets.length} public and ${privateSubnets.length} private subnet(s)`, evidence);
    if (undecided.length > 0) return undetermined(undecided[0]!, evidence);
    // Unlike Prowler, a VPC with private subnets only passes: nothing in it is routable from the internet.
    return publicSubnets.length > 0
      ? fail(`all ${publicSubnets.length} subnet(s) route to an internet gateway: none is private`, evidence)
      : pass(
          `all ${privateSubnets.length} subnet(s) are private: nothing routes to an internet gateway`,
          evidence,
        );
  },
});
