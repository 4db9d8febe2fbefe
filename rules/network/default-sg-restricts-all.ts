import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'default-sg-restricts-all',
  title: "Each VPC's default security group allows no traffic",
  severity: 'medium',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['ec2-security-group'],
  sources: ['live'],
  rationale:
    'Resources launched without a security group get the VPC default one, which by default lets its members talk ' +
    'to each other and reach anywhere. With no rules at all, forgetting to choose a group fails closed.',
  remediation: {
    summary:
      "Remove every inbound and outbound rule of each VPC's default security group; give resources purpose-made groups.",
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg> --ip-permissions <its rules> && aws ec2 revoke-security-group-egress --group-id <default-sg> --ip-permissions <its rules>',
  },
  equivalents: {
    prowler: ['ec2_securitygroup_default_restrict_traffic'],
    steampipe: ['vpc_default_security_group_restricts_all_traffic'],
    fsbp: ['EC2.2'],
  },
  evaluate(group) {
    if (group.name !== 'default') return notApplicable('not a default security group');
    if (isUnknown(group.ingress)) return undetermined(group.ingress);
    const egress = group.egressRuleCount;
    if (egress === undefined) return undetermined('the outbound rules were not read');
    if (isUnknown(egress)) return undetermined(egress);
    const inbound = group.ingress.length;
    return inbound === 0 && egress === 0
      ? pass('the default security group has no inbound or outbound rules')
      : fail(`the default security group has ${inbound} inbound and ${egress} outbound rule(s)`, {
          inboundRules: inbound,
          outboundRules: egress,
        });
  },
});
