import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'subnet-no-auto-public-ip',
  title: 'Subnets do not give launched instances a public IPv4 address',
  severity: 'medium',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-subnet'],
  rationale:
    'With MapPublicIpOnLaunch on, every instance started in the subnet gets a public address unless its launch ' +
    'says otherwise, so one permissive security group is enough to expose it. Public addresses should be a ' +
    'deliberate choice (an Elastic IP, a load balancer), not a subnet default.',
  remediation: {
    summary:
      'Turn off auto-assign public IPv4 on the subnet; put internet-facing endpoints behind a load balancer.',
    cloudformation: 'AWS::EC2::Subnet: `MapPublicIpOnLaunch: false` (the default)',
    cdk: 'new ec2.Vpc(this, "Vpc", { subnetConfiguration: [{ subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false, ... }] })',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet> --no-map-public-ip-on-launch',
  },
  equivalents: {
    prowler: ['vpc_subnet_no_public_ip_by_default'],
    steampipe: ['vpc_subnet_auto_assign_public_ip_disabled'],
    fsbp: ['EC2.15'],
  },
  evaluate(subnet) {
    const mapped = subnet.mapPublicIpOnLaunch;
    if (isUnknown(mapped)) return undetermined(mapped);
    if (mapped === undefined) return undetermined('MapPublicIpOnLaunch was not returned for the subnet');
    return mapped
      ? fail('MapPublicIpOnLaunch is on: instances launched here get a public IPv4 address', {
          mapPublicIpOnLaunch: true,
        })
      : pass('MapPublicIpOnLaunch is off', { mapPublicIpOnLaunch: false });
  },
});
