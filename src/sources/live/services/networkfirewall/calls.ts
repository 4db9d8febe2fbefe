import type {
  DescribeLoggingConfigurationCommandOutput,
  ListFirewallsCommandOutput,
} from '@aws-sdk/client-network-firewall';
import { serviceCalls } from '../../service.js';

const networkfirewall = serviceCalls(
  'networkfirewall',
  '@aws-sdk/client-network-firewall',
  'network-firewall',
);

export const LIST_FIREWALLS = networkfirewall.call<ListFirewallsCommandOutput>('ListFirewalls', {
  params: () => ({ MaxResults: 100 }),
});

/** No account-level listing of logging configurations exists: one call per firewall. */
export const DESCRIBE_LOGGING_CONFIGURATION = networkfirewall.call<
  DescribeLoggingConfigurationCommandOutput,
  string
>('DescribeLoggingConfiguration', {
  params: (firewallArn) => ({ FirewallArn: firewallArn }),
  after: [LIST_FIREWALLS],
});
