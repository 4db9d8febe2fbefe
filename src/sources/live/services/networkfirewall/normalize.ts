import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_LOGGING_CONFIGURATION, LIST_FIREWALLS } from './calls.js';

export function normalizeNetworkFirewall(out: Output): void {
  const firewalls = out
    .list(LIST_FIREWALLS, ['networkfirewall-firewall'])
    .flatMap((page) => page.Firewalls ?? []);
  for (const firewall of firewalls) {
    if (!firewall.FirewallArn) continue;
    const where = `firewall ${firewall.FirewallName ?? firewall.FirewallArn}`;
    const described = out.one(DESCRIBE_LOGGING_CONFIGURATION, firewall.FirewallArn);
    let loggedTypes: Maybe<string[]>;
    if (described.value) {
      // A firewall that never had logging configured comes back without LoggingConfiguration.
      const destinations = described.value.LoggingConfiguration?.LogDestinationConfigs ?? [];
      loggedTypes = [...new Set(destinations.flatMap((d) => (d.LogType ? [d.LogType] : [])))].sort();
    } else {
      loggedTypes = described.unknown ?? unknown(`${where}: DescribeLoggingConfiguration found no firewall`);
    }
    out.add({
      type: 'networkfirewall-firewall',
      id: firewall.FirewallArn,
      arn: firewall.FirewallArn,
      name: firewall.FirewallName,
      region: out.region,
      origin: out.origin,
      loggedTypes,
    });
  }
}
