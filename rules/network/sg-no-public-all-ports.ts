import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { SecurityGroupRule } from '../../src/inventory/model.js';
import {
  describeExposures,
  ingressAddedElsewhere,
  openedPorts,
  worldExposures,
} from '../lib/security-group-exposure.js';

/** Every protocol, or every TCP/UDP port (0-65535): the rule filters nothing. */
function opensEveryPort(rule: SecurityGroupRule): string[] {
  const { protocol, from, to } = openedPorts(rule);
  if (protocol === 'all') return ['all protocols and ports'];
  if ((protocol === 'tcp' || protocol === 'udp') && from <= 0 && to >= 65535)
    return [`every ${protocol.toUpperCase()} port`];
  return [];
}

export default defineRule({
  id: 'sg-no-public-all-ports',
  title: 'Security groups do not open every port to the internet',
  severity: 'critical',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['ec2-security-group'],
  rationale:
    'An ingress rule for all protocols, or for the whole TCP or UDP port range, from 0.0.0.0/0 or ::/0 turns the ' +
    'security group into no firewall at all: every service listening on the attached instances, including ones ' +
    'started later or by accident, is reachable from the internet.',
  remediation: {
    summary:
      'Replace the all-ports rule with rules for the specific ports the workload serves, from known sources.',
    cloudformation:
      'AWS::EC2::SecurityGroup: no SecurityGroupIngress with `IpProtocol: -1`, or FromPort 0 / ToPort 65535, from 0.0.0.0/0 or ::/0',
    cdk: 'sg.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443)) // never ec2.Port.allTraffic() from anyIpv4()',
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  equivalents: {
    prowler: ['ec2_securitygroup_allow_ingress_from_internet_to_all_ports'],
    steampipe: ['vpc_security_group_restrict_ingress_tcp_udp_all'],
  },
  evaluate(group) {
    if (isUnknown(group.ingress)) return undetermined(group.ingress);
    const { exposures, undecided } = worldExposures(group.ingress, opensEveryPort);
    if (exposures.length > 0)
      return fail(`open to the internet on ${describeExposures(exposures)}`, { exposures });
    const elsewhere = ingressAddedElsewhere(group);
    if (elsewhere) undecided.push(elsewhere);
    if (undecided.length > 0) return undetermined(`may be open to the internet: ${undecided.join('; ')}`);
    return pass(`no ingress rule opens every port to 0.0.0.0/0 or ::/0 (${group.ingress.length} rule(s))`, {
      ingressRules: group.ingress.length,
    });
  },
});
