import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ec2-imdsv2-required',
  title: 'EC2 instances and launch templates require IMDSv2',
  severity: 'high',
  criteria: ['CC6.1', 'CC6.8'],
  family: 'configuration',
  appliesTo: ['ec2-instance', 'ec2-launch-template'],
  rationale:
    'With IMDSv1 allowed, a server-side request forgery in any application on the instance can read the instance ' +
    "role's credentials from the metadata service in one GET. IMDSv2 requires a session token obtained by a PUT " +
    'that such requests cannot make.',
  remediation: {
    summary:
      'Set HttpTokens to required on instances and in launch templates (or turn the metadata endpoint off).',
    cloudformation:
      'AWS::EC2::LaunchTemplate: `LaunchTemplateData.MetadataOptions.HttpTokens: required` (instances: through their launch template); ' +
      'AWS::AutoScaling::LaunchConfiguration: `MetadataOptions.HttpTokens: required`, or better, move the group to a launch template as AWS recommends',
    cdk: 'new ec2.Instance(this, "App", { requireImdsv2: true, ... }) / new ec2.LaunchTemplate(this, "Lt", { requireImdsv2: true })',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <i> --http-tokens required --http-endpoint enabled',
  },
  equivalents: {
    prowler: ['ec2_instance_imdsv2_enabled', 'ec2_launch_template_imdsv2_required'],
    steampipe: ['ec2_instance_uses_imdsv2'],
    fsbp: ['EC2.8'],
  },
  evaluate(resource) {
    if (isUnknown(resource.imdsV2Required)) return undetermined(resource.imdsV2Required);
    const what =
      resource.type === 'ec2-instance'
        ? 'the instance'
        : resource.launchConfiguration
          ? 'the launch configuration'
          : `the launch template${resource.version === undefined ? '' : ` (default version ${resource.version})`}`;
    return resource.imdsV2Required
      ? pass(`${what} requires IMDSv2 (or has the metadata endpoint off)`)
      : fail(`${what} allows IMDSv1 (HttpTokens is optional or not set)`);
  },
});
