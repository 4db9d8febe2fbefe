/** What a security group's ingress rules open to the whole internet (0.0.0.0/0, ::/0 or any other /0), shared by the SG rules. */
import type { Evidence } from '../../src/engine/rule.js';
import { isUnknown, unknown, type Maybe } from '../../src/inventory/maybe.js';
import type { SecurityGroup, SecurityGroupRule } from '../../src/inventory/model.js';
import { attachableElsewhere } from './attachable-elsewhere.js';
import { cidrFamily, coversAddressSpace } from './cidr-coverage.js';

export { cidrFamily };

/**
 * Whether a CIDR covers every address of its family: any prefix length 0
 * does, however the address is written (`0.0.0.0/0`, `::/0`, `::0/0`, even
 * `10.0.0.0/0`), so the prefix decides, never the text as a whole.
 */
export function isWorldCidr(cidr: string): boolean {
  const slash = cidr.lastIndexOf('/');
  const prefix = cidr.slice(slash + 1).trim();
  return slash >= 0 && /^\d+$/.test(prefix) && Number(prefix) === 0;
}

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '-1': 'all', all: 'all' };

export function protocolName(protocol: string): string {
  const lower = protocol.toLowerCase();
  return Object.hasOwn(PROTOCOL_NAMES, lower) ? PROTOCOL_NAMES[lower] : lower;
}

/** The protocol and port range a rule opens; missing ports (or -1) mean every port. */
export function openedPorts(rule: SecurityGroupRule): { protocol: string; from: number; to: number } {
  return {
    protocol: protocolName(rule.protocol),
    from: rule.fromPort === undefined || rule.fromPort === -1 ? 0 : rule.fromPort,
    to: rule.toPort === undefined || rule.toPort === -1 ? 65535 : rule.toPort,
  };
}

/** The world-open sources of a rule: its CIDR, or the world-open entries of its prefix list. */
export function worldSources(rule: SecurityGroupRule): Maybe<string[]> {
  const sources = rule.cidr !== undefined && isWorldCidr(rule.cidr) ? [rule.cidr] : [];
  if (rule.prefixListId === undefined) return sources;
  const cidrs =
    rule.prefixListCidrs ?? unknown(`the entries of prefix list ${rule.prefixListId} were not read`);
  if (isUnknown(cidrs)) return cidrs;
  return [
    ...sources,
    ...cidrs.filter(isWorldCidr).map((cidr) => `${cidr} (prefix list ${rule.prefixListId})`),
  ];
}

export interface WorldExposure {
  /** One entry per (matched service, world source). */
  exposures: Evidence[];
  /** Rules that match but whose source could not be read (a prefix list not read). */
  undecided: string[];
}

/**
 * The ingress rules open to the internet that `matches` picks out: `matches`
 * names what a rule exposes (e.g. `MySQL (3306)`), or nothing for a rule it
 * does not care about.
 */
export function worldExposures(
  ingress: readonly SecurityGroupRule[],
  matches: (rule: SecurityGroupRule) => string[],
): WorldExposure {
  const exposures: Evidence[] = [];
  const undecided: string[] = [];
  // Narrower blocks per service: several of them can add up to every address (0.0.0.0/1 + 128.0.0.0/1).
  const narrower = new Map<string, { cidrs: string[]; protocols: Set<string> }>();
  for (const rule of ingress) {
    const services = matches(rule);
    if (services.length === 0) continue;
    const sources = worldSources(rule);
    if (isUnknown(sources)) {
      undecided.push(`${services.join(', ')} from prefix list ${rule.prefixListId}: ${sources.reason}`);
      continue;
    }
    for (const cidr of sources)
      for (const service of services)
        exposures.push({
          service,
          cidr,
          protocol: protocolName(rule.protocol),
          fromPort: rule.fromPort ?? null,
          toPort: rule.toPort ?? null,
        });
    const listed = isUnknown(rule.prefixListCidrs) ? [] : (rule.prefixListCidrs ?? []);
    const blocks = [rule.cidr ?? [], listed].flat().filter((cidr) => !isWorldCidr(cidr));
    for (const service of services) {
      const entry = narrower.get(service) ?? { cidrs: [], protocols: new Set<string>() };
      entry.cidrs.push(...blocks);
      entry.protocols.add(protocolName(rule.protocol));
      narrower.set(service, entry);
    }
  }
  for (const [service, { cidrs, protocols }] of narrower)
    for (const family of ['ipv4', 'ipv6'] as const)
      if (coversAddressSpace(cidrs, family))
        exposures.push({
          service,
          cidr: cidrs.filter((cidr) => cidrFamily(cidr) === family).join(' + '),
          protocol: [...protocols].join('/'),
          fromPort: null,
          toPort: null,
        });
  return { exposures, undecided };
}

/**
 * Why the group may accept more than the ingress read: a nested stack the scan did not read is passed
 * its id and may add an AWS::EC2::SecurityGroupIngress to it. Such a rule only adds: a world-open rule
 * read still stands, so callers ask this only where they would otherwise find nothing open.
 */
export function ingressAddedElsewhere(group: SecurityGroup): string | undefined {
  return attachableElsewhere(group, 'add ingress rules to it')?.reason;
}

/** `service from cidr` once each, for a finding's message. */
export function describeExposures(exposures: readonly Evidence[]): string {
  return [...new Set(exposures.map((exposure) => `${exposure.service} from ${exposure.cidr}`))].join(', ');
}
