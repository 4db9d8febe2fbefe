import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ec2-instance-in-vpc',
  title: 'EC2 instances run in a VPC',
  severity: 'low',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-instance'],
  sources: ['live'],
  rationale:
    'An instance outside a VPC (EC2-Classic) shares a flat network with other customers and has none of the VPC ' +
    'boundaries: subnets, route tables, network ACLs, flow logs. AWS retired EC2-Classic in 2023, so this should ' +
    'never fail; it documents the boundary for the auditor.',
  remediation: {
    summary: 'Migrate the instance into a VPC.',
    cloudformation: 'AWS::EC2::Instance: `SubnetId` (or `NetworkInterfaces[].SubnetId`) of a VPC subnet',
    cdk: 'new ec2.Instance(this, "App", { vpc, ... })',
    cli: 'Launch a replacement from an AMI of the instance with --subnet-id <subnet>',
  },
  equivalents: { steampipe: ['ec2_instance_in_vpc'] },
  evaluate(instance) {
    if (isUnknown(instance.vpcId)) return undetermined(instance.vpcId);
    return instance.vpcId === undefined
      ? fail('the instance is not in a VPC (no VpcId)')
      : pass(`the instance runs in ${instance.vpcId}`, { vpcId: instance.vpcId });
  },
});
