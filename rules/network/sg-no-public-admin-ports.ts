import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { SecurityGroupRule } from '../../src/inventory/model.js';
import {
  describeExposures,
  ingressAddedElsewhere,
  openedPorts,
  worldExposures,
} from '../lib/security-group-exposure.js';

/** SSH (TCP) and RDP (TCP and UDP). */
const ADMIN_PORTS: { port: number; service: string; protocols: string[] }[] = [
  { port: 22, service: 'SSH', protocols: ['tcp'] },
  { port: 3389, service: 'RDP', protocols: ['tcp', 'udp'] },
];

/** The admin services a rule's protocol and ports cover. */
function coveredServices(rule: SecurityGroupRule): string[] {
  const { protocol, from, to } = openedPorts(rule);
  return ADMIN_PORTS.filter(
    (admin) =>
      protocol === 'all' || (admin.protocols.includes(protocol) && from <= admin.port && admin.port <= to),
  ).map((admin) => `${admin.service} (${admin.port})`);
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
    const { exposures, undecided } = worldExposures(group.ingress, coveredServices);
    if (exposures.length > 0)
      return fail(`open to the internet: ${describeExposures(exposures)}`, { exposures });
    const elsewhere = ingressAddedElsewhere(group);
    if (elsewhere) undecided.push(elsewhere);
    if (undecided.length > 0) return undetermined(`may be open to the internet: ${undecided.join('; ')}`);
    return pass(`no SSH or RDP ingress from 0.0.0.0/0 or ::/0 (${group.ingress.length} ingress rule(s))`, {
      ingressRules: group.ingress.length,
    });
  },
});
