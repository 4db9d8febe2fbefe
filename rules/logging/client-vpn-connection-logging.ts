import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'client-vpn-connection-logging',
  title: 'Client VPN endpoints log client connections',
  severity: 'medium',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['ec2-client-vpn-endpoint'],
  rationale:
    'A Client VPN endpoint is a door into the VPC for people. Connection logs record who connected, from where ' +
    'and when, which is what an investigation of a stolen credential or certificate starts from.',
  remediation: {
    summary: 'Enable connection logging to a CloudWatch Logs log group.',
    cloudformation:
      'AWS::EC2::ClientVpnEndpoint: `ConnectionLogOptions: { Enabled: true, CloudwatchLogGroup: <group> }`',
    cli: 'aws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <cvpn> --connection-log-options Enabled=true,CloudwatchLogGroup=<group>',
  },
  equivalents: {
    prowler: ['ec2_client_vpn_endpoint_connection_logging_enabled'],
    steampipe: ['ec2_client_vpn_endpoint_client_connection_logging_enabled'],
    fsbp: ['EC2.51'],
  },
  evaluate(endpoint) {
    if (isUnknown(endpoint.connectionLogging)) return undetermined(endpoint.connectionLogging);
    return endpoint.connectionLogging
      ? pass('client connection logging is enabled')
      : fail('client connection logging is disabled');
  },
});
