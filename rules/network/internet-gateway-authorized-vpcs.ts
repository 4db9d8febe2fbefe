import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

/** An entry names a VPC by id, or a template VPC by logical id (`Vpc`) or stack and logical id (`Stack/Vpc`). */
function authorizes(entry: string, vpcId: string): boolean {
  return entry === vpcId || (!entry.startsWith('vpc-') && vpcId.endsWith(`/${entry}`));
}

export default defineRule({
  id: 'internet-gateway-authorized-vpcs',
  title: 'Internet gateways are attached only to authorized VPCs',
  severity: 'medium',
  criteria: ['CC6.1', 'CC6.6'],
  family: 'network',
  appliesTo: ['ec2-internet-gateway'],
  settings: {
    authorizedVpcIds: {
      kind: 'vpc-ids',
      describe:
        'The VPCs that may reach the internet through an internet gateway: VPC ids, or template VPCs by logical id (Vpc) or stack and logical id (Stack/Vpc)',
    },
  },
  rationale:
    'An internet gateway gives a VPC a route to and from the internet. Only the VPCs the network design ' +
    'puts at the edge should have one; a gateway on any other VPC opens a path ' +
    'around the firewalls, WAF and load balancers that guard the boundary.',
  remediation: {
    summary:
      'Detach the internet gateway from the VPC (and route its egress through the shared egress VPC), or add the VPC to authorizedVpcIds in the settings file once the network owner approves it.',
    cloudformation:
      'Remove the AWS::EC2::VPCGatewayAttachment that attaches the gateway to the VPC, or attach it to an authorized VPC',
    cli: 'aws ec2 detach-internet-gateway --internet-gateway-id <igw> --vpc-id <vpc>',
  },
  equivalents: {
    steampipe: ['vpc_igw_attached_to_authorized_vpc'],
    guard: ['INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY'],
  },
  evaluate(gateway, _inventory, { authorizedVpcIds }) {
    if (isUnknown(gateway.vpcIds)) return undetermined(gateway.vpcIds);
    const evidence = { attachedVpcIds: gateway.vpcIds, authorizedVpcIds: [...authorizedVpcIds] };
    const unauthorized = gateway.vpcIds.filter(
      (vpcId) => !authorizedVpcIds.some((entry) => authorizes(entry, vpcId)),
    );
    if (unauthorized.length > 0)
      return fail(`attached to VPC ${unauthorized.join(', ')}, which is not authorized`, evidence);
    if (gateway.unattributedAttachment !== undefined)
      return undetermined(gateway.unattributedAttachment, evidence);
    if (gateway.vpcIds.length === 0) return pass('attached to no VPC', evidence);
    return pass(`attached only to authorized VPC ${gateway.vpcIds.join(', ')}`, evidence);
  },
});
