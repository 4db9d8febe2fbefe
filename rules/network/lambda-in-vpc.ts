import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'lambda-in-vpc',
  title: 'Lambda functions run inside a VPC',
  severity: 'low',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['lambda-function'],
  rationale:
    'A function outside a VPC reaches the internet directly, beyond the security groups, network ACLs and flow ' +
    'logs that bound and record the rest of the workload. Attached to private subnets, its traffic goes where ' +
    "the VPC's routes and endpoints allow.",
  remediation: {
    summary:
      'Attach the function to private subnets with a security group (add VPC endpoints or a NAT for the AWS APIs it calls).',
    cloudformation: 'AWS::Lambda::Function: `VpcConfig: { SubnetIds: [...], SecurityGroupIds: [...] }`',
    cdk: 'new lambda.Function(this, "Fn", { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })',
    cli: 'aws lambda update-function-configuration --function-name <fn> --vpc-config SubnetIds=<ids>,SecurityGroupIds=<ids>',
  },
  equivalents: {
    prowler: ['awslambda_function_inside_vpc'],
    steampipe: ['lambda_function_in_vpc'],
    checkov: ['CKV_AWS_117'],
    fsbp: ['Lambda.3'],
    guard: ['LAMBDA_INSIDE_VPC'],
  },
  evaluate(fn) {
    if (isUnknown(fn.inVpc)) return undetermined(fn.inVpc);
    return fn.inVpc
      ? pass('the function is attached to VPC subnets', { inVpc: true })
      : fail('the function runs outside any VPC', { inVpc: false });
  },
});
