import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'launch-template-no-public-ip',
  title: 'Launch templates do not assign public IP addresses',
  severity: 'medium',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-launch-template'],
  rationale:
    'Every instance an Auto Scaling group or fleet starts from a template that sets AssociatePublicIpAddress gets ' +
    'a public address, whatever subnet it lands in. Public exposure should go through a load balancer.',
  remediation: {
    summary:
      "Set AssociatePublicIpAddress false (or leave it out) on the template's network interfaces and make that version the default.",
    cloudformation:
      'AWS::EC2::LaunchTemplate: `LaunchTemplateData.NetworkInterfaces[].AssociatePublicIpAddress: false`; ' +
      'AWS::AutoScaling::LaunchConfiguration: `AssociatePublicIpAddress: false`, or better, move the group to a launch template as AWS recommends',
    cdk: 'new ec2.LaunchTemplate(this, "Lt", { associatePublicIpAddress: false, ... })',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt> --source-version <v> --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}\'',
  },
  equivalents: {
    prowler: ['ec2_launch_template_no_public_ip'],
    steampipe: ['ec2_launch_template_not_publicly_accessible'],
    fsbp: ['EC2.25'],
  },
  evaluate(template) {
    if (isUnknown(template.assignsPublicIp)) return undetermined(template.assignsPublicIp);
    const subnetDecides =
      "where it is left out, the subnet's MapPublicIpOnLaunch decides: subnet-no-auto-public-ip";
    if (template.launchConfiguration)
      return template.assignsPublicIp
        ? fail('the launch configuration sets AssociatePublicIpAddress true')
        : pass(`the launch configuration does not set AssociatePublicIpAddress true (${subnetDecides})`);
    const version = template.version === undefined ? 'the default version' : `version ${template.version}`;
    return template.assignsPublicIp
      ? fail(`${version} sets AssociatePublicIpAddress on a network interface`, { version: template.version })
      : pass(`${version} sets AssociatePublicIpAddress true on no network interface (${subnetDecides})`, {
          version: template.version,
        });
  },
});
