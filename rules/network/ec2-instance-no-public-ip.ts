import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ec2-instance-no-public-ip',
  title: 'EC2 instances have no public IPv4 address',
  severity: 'medium',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-instance'],
  sources: ['live'],
  rationale:
    'An instance with a public address is directly reachable from the internet; its security groups are then the ' +
    'only boundary. Instances should sit in private subnets behind a load balancer, NAT gateway or VPN.',
  remediation: {
    summary:
      'Launch instances without a public address (private subnet, AssociatePublicIpAddress false) and reach them through a load balancer or Session Manager.',
    cloudformation:
      'AWS::EC2::Instance: `NetworkInterfaces: [{ DeviceIndex: "0", AssociatePublicIpAddress: false, SubnetId: <private subnet> }]`',
    cdk: 'new ec2.Instance(this, "App", { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })',
    cli: "Replace the instance in a private subnet (a public IPv4 address cannot be removed from a running instance's primary interface)",
  },
  equivalents: {
    prowler: ['ec2_instance_public_ip'],
    steampipe: ['ec2_instance_not_publicly_accessible'],
    fsbp: ['EC2.9'],
  },
  evaluate(instance) {
    if (isUnknown(instance.publicIp)) return undetermined(instance.publicIp);
    return instance.publicIp === undefined
      ? pass('the instance has no public IPv4 address')
      : fail(`the instance has the public IPv4 address ${instance.publicIp}`, {
          publicIp: instance.publicIp,
        });
  },
});
