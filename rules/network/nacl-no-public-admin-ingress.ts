import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { NetworkAclEntry } from '../../src/inventory/model.js';
import { coversAddressSpace } from '../lib/cidr-coverage.js';
import { cidrFamily, isWorldCidr, protocolName } from '../lib/security-group-exposure.js';

const ADMIN_PORTS = [
  { port: 22, service: 'SSH' },
  { port: 3389, service: 'RDP' },
];

interface Admitted {
  label: string;
  protocol: 'all' | 'tcp';
  from: number;
  to: number;
}

/** What an inbound entry lets in: every port, or SSH/RDP. Protocols without ports (ICMP ...) let in none of them. */
function admitted(entry: NetworkAclEntry): Admitted[] {
  const protocol = protocolName(entry.protocol);
  if (protocol === 'all') return [{ label: 'all traffic', protocol: 'all', from: 0, to: 65535 }];
  if (protocol !== 'tcp') return [];
  const from = entry.fromPort ?? 0;
  const to = entry.toPort ?? 65535;
  if (from <= 0 && to >= 65535) return [{ label: 'every TCP port', protocol: 'tcp', from: 0, to: 65535 }];
  return ADMIN_PORTS.filter(({ port }) => from <= port && port <= to).map(({ port, service }) => ({
    label: `${service} (${port})`,
    protocol: 'tcp',
    from: port,
    to: port,
  }));
}

/**
 * NACL entries are evaluated in rule-number order, first match wins: an earlier
 * deny from the internet stops it, but only a deny of the same address family
 * (an IPv4 entry never matches IPv6 traffic, nor the reverse).
 */
function deniedBefore(
  entries: readonly NetworkAclEntry[],
  entry: NetworkAclEntry & { cidr: string },
  what: Admitted,
): boolean {
  return entries.some((other) => {
    if (other.egress || other.action !== 'deny' || other.ruleNumber >= entry.ruleNumber) return false;
    if (other.cidr === undefined || !isWorldCidr(other.cidr)) return false;
    if (cidrFamily(other.cidr) !== cidrFamily(entry.cidr)) return false;
    const protocol = protocolName(other.protocol);
    if (protocol === 'all') return true;
    if (protocol !== 'tcp' || what.protocol !== 'tcp') return false;
    return (other.fromPort ?? 0) <= what.from && what.to <= (other.toPort ?? 65535);
  });
}

export default defineRule({
  id: 'nacl-no-public-admin-ingress',
  title: 'Network ACLs do not let the internet in on every port, SSH or RDP',
  severity: 'medium',
  criteria: ['CC6.6'],
  family: 'network',
  appliesTo: ['ec2-network-acl'],
  rationale:
    'Network ACLs are the subnet-level boundary behind security groups. An inbound allow from 0.0.0.0/0 or ::/0 ' +
    'for all traffic, SSH or RDP leaves the security groups as the only control on remote administration.',
  remediation: {
    summary:
      'Replace the world-open allow entries with entries for the ports the subnet serves, or deny 22/3389 from 0.0.0.0/0 first.',
    cloudformation:
      'AWS::EC2::NetworkAclEntry: `Egress: false`, `RuleAction: allow` only for specific ports, never Protocol -1 or 22/3389 from 0.0.0.0/0',
    cli: 'aws ec2 replace-network-acl-entry --network-acl-id <acl> --ingress --rule-number <n> --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow',
  },
  equivalents: {
    prowler: [
      'ec2_networkacl_allow_ingress_any_port',
      'ec2_networkacl_allow_ingress_tcp_port_22',
      'ec2_networkacl_allow_ingress_tcp_port_3389',
    ],
    steampipe: ['vpc_network_acl_remote_administration'],
    fsbp: ['EC2.21'],
  },
  evaluate(acl) {
    if (isUnknown(acl.entries)) return undetermined(acl.entries);
    const open: string[] = [];
    // Narrower allows per port: several can add up to every address (0.0.0.0/1 + 128.0.0.0/1).
    const narrower = new Map<string, { cidr: string; ruleNumber: number }[]>();
    for (const entry of acl.entries) {
      const { cidr } = entry;
      if (entry.egress || entry.action !== 'allow' || cidr === undefined) continue;
      for (const what of admitted(entry)) {
        if (deniedBefore(acl.entries, { ...entry, cidr }, what)) continue;
        if (isWorldCidr(cidr)) open.push(`${what.label} from ${cidr} (rule ${entry.ruleNumber})`);
        else
          narrower.set(what.label, [
            ...(narrower.get(what.label) ?? []),
            { cidr, ruleNumber: entry.ruleNumber },
          ]);
      }
    }
    for (const [label, blocks] of narrower)
      for (const family of ['ipv4', 'ipv6'] as const) {
        const ofFamily = blocks.filter(({ cidr }) => cidrFamily(cidr) === family);
        if (
          !coversAddressSpace(
            ofFamily.map(({ cidr }) => cidr),
            family,
          )
        )
          continue;
        const cidrs = ofFamily.map(({ cidr }) => cidr).join(' + ');
        open.push(
          `${label} from ${cidrs} (rules ${ofFamily.map(({ ruleNumber }) => ruleNumber).join(', ')})`,
        );
      }
    return open.length > 0
      ? fail(`allows in from the internet: ${open.join(', ')}`, { open })
      : pass(
          `no inbound allow from 0.0.0.0/0 or ::/0 for all traffic, SSH or RDP (${acl.entries.length} entries)`,
        );
  },
});
