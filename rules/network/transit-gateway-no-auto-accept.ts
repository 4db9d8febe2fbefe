import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'transit-gateway-no-auto-accept',
  title: 'Transit gateways do not accept shared attachments automatically',
  severity: 'high',
  criteria: ['CC6.6', 'CC6.7'],
  family: 'network',
  appliesTo: ['ec2-transit-gateway'],
  rationale:
    'With AutoAcceptSharedAttachments on, any account the gateway is shared with can attach its VPC and route ' +
    'into the connected networks without anyone approving it.',
  remediation: {
    summary: 'Turn off AutoAcceptSharedAttachments and accept attachments one by one.',
    cloudformation: 'AWS::EC2::TransitGateway: `AutoAcceptSharedAttachments: disable`',
    cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw> --options AutoAcceptSharedAttachments=disable',
  },
  equivalents: {
    prowler: ['ec2_transitgateway_auto_accept_vpc_attachments'],
    steampipe: ['ec2_transit_gateway_auto_cross_account_attachment_disabled'],
    fsbp: ['EC2.23'],
  },
  evaluate(gateway) {
    if (isUnknown(gateway.autoAcceptSharedAttachments))
      return undetermined(gateway.autoAcceptSharedAttachments);
    return gateway.autoAcceptSharedAttachments
      ? fail('AutoAcceptSharedAttachments is enabled')
      : pass('AutoAcceptSharedAttachments is disabled');
  },
});
