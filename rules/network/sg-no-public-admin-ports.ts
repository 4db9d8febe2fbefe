import { defineRule, fail, pass, undetermined, type Evidence } from '../../src/engine/rule.js';
import { isUnknown, unknown, type Maybe } from '../../src/inventory/maybe.js';
import type { SecurityGroupRule } from '../../src/inventory/model.js';

const WORLD = new Set(['0.0.0.0/0', '::/0']);
/** SSH (TCP) and RDP (TCP and UDP). */
const ADMIN_PORTS: { port: number; service: string; protocols: string[] }[] = [
  { port: 22, service: 'SSH', protocols: ['tcp'] },
  { port: 3389, service: 'RDP', protocols: ['tcp', 'udp'] },
];
const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '-1': 'all', all: 'all' };

function protocolName(protocol: string): string {
  const lower = protocol.toLowerCase();
  return Object.hasOwn(PROTOCOL_NAMES, lower) ? PROTOCOL_NAMES[lower] : lower;
}

/** The admin services a rule's protocol and ports cover. Missing ports mean every port. */
function coveredServices(rule: SecurityGroupRule): string[] {
  const protocol = protocolName(rule.protocol);
  const from = rule.fromPort === undefined || rule.fromPort === -1 ? 0 : rule.fromPort;
  const to = rule.toPort === undefined || rule.toPort === -1 ? 65535 : rule.toPort;
  return ADMIN_PORTS.filter(
    (admin) =>
      protocol === 'all' || (admin.protocols.includes(protocol) && from <= admin.port && admin.port <= to),
  ).map((admin) => `${admin.service} (${admin.port})`);
}

/** The world-open sources of a rule: its CIDR, or the world-open entries of its prefix list. */
function worldSources(rule: SecurityGroupRule): Maybe<string[]> {
  const sources = rule.cidr !== undefined && WORLD.has(rule.cidr) ? [rule.cidr] : [];
  if (rule.prefixListId === undefined) return sources;
  const cidrs =
    rule.prefixListCidrs ?? unknown(`the entries of prefix list ${rule.prefixListId} were not read`);
  if (isUnknown(cidrs)) return cidrs;
  return [
    ...sources,
    ...cidrs.filter((cidr) => WORLD.has(cidr)).map((cidr) => `${cidr} (prefix list ${rule.prefixListId})`),
  ];
}

export default defineRule({
  id: 'sg-no-public-admin-ports',
  title: 'Security groups do not open SSH or RDP to the internet',
  severity: 'high',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['ec2-security-group'],
  rationale:
    'SSH and RDP open to 0.0.0.0/0 or ::/0 are scanned and brute-forced within minutes of exposure, and a single ' +
    'weak credential or unpatched daemon gives an interactive foothold. Administrative access should come through ' +
    'Session Manager, a VPN or a bastion restricted to known addresses.',
  remediation: {
    summary:
      'Remove the world-open SSH/RDP rules; use SSM Session Manager, or allow only specific corporate CIDRs.',
    cloudformation:
      'AWS::EC2::SecurityGroup: SecurityGroupIngress for ports 22/3389 with `CidrIp` of a known range, never 0.0.0.0/0 or ::/0',
    cdk: 'sg.addIngressRule(ec2.Peer.ipv4("203.0.113.0/24"), ec2.Port.tcp(22))',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --protocol tcp --port 22 --cidr 0.0.0.0/0',
  },
  equivalents: {
    checkov: ['CKV_AWS_24', 'CKV_AWS_25'],
    guard: ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC'],
    cdkNag: ['NIST.800.53.R5-EC2RestrictedSSH', 'NIST.800.53.R5-EC2RestrictedCommonPorts'],
    prowler: [
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389',
    ],
    steampipe: ['vpc_security_group_restrict_ingress_ssh_all', 'vpc_security_group_restrict_ingress_rdp_all'],
    fsbp: ['EC2.13', 'EC2.14'],
  },
  evaluate(group) {
    if (isUnknown(group.ingress)) return undetermined(group.ingress);
    const exposures: Evidence[] = [];
    const undecided: string[] = [];
    for (const rule of group.ingress) {
      const services = coveredServices(rule);
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
            protocol: rule.protocol,
            fromPort: rule.fromPort ?? null,
            toPort: rule.toPort ?? null,
          });
    }
    if (exposures.length > 0) {
      const services = [...new Set(exposures.map((exposure) => `${exposure.service} from ${exposure.cidr}`))];
      return fail(`open to the internet: ${services.join(', ')}`, { exposures });
    }
    if (undecided.length > 0) return undetermined(`may be open to the internet: ${undecided.join('; ')}`);
    return pass(`no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (${group.ingress.length} ingress rule(s))`, {
      ingressRules: group.ingress.length,
    });
  },
});
