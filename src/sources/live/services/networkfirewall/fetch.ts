import {
  DescribeLoggingConfigurationCommand,
  NetworkFirewallClient,
  paginateListFirewalls,
} from '@aws-sdk/client-network-firewall';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
import { DESCRIBE_LOGGING_CONFIGURATION, LIST_FIREWALLS } from './calls.js';

export async function fetchNetworkFirewall({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(NetworkFirewallClient, region);
  const listed = await sendPages(rec, LIST_FIREWALLS, region, undefined, () =>
    paginateListFirewalls({ client }, { MaxResults: 100 }),
  );
  const arns = listed.pages.flatMap((page) => page.Firewalls ?? []).map((firewall) => firewall.FirewallArn);
  await Promise.all(
    arns.map(async (firewallArn) => {
      if (!firewallArn) return;
      await send(rec, DESCRIBE_LOGGING_CONFIGURATION, region, firewallArn, () =>
        client.send(new DescribeLoggingConfigurationCommand({ FirewallArn: firewallArn })),
      );
    }),
  );
}
