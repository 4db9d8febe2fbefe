import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ssm-association-compliant',
  title: 'Systems Manager associations are compliant on managed instances',
  severity: 'medium',
  criteria: ['CC7.1', 'CC8.1'],
  family: 'configuration',
  appliesTo: ['ssm-managed-instance'],
  sources: ['live'],
  rationale:
    'State Manager associations apply the configuration an instance must keep (agents, hardening, software). A ' +
    'non-compliant association means that desired state is not in place on the instance.',
  remediation: {
    summary:
      'Look at the failed association executions on the instance, fix the cause and re-apply the association.',
    cli: 'aws ssm start-associations-once --association-ids <association-id>',
  },
  equivalents: {
    steampipe: ['ssm_managed_instance_compliance_association_compliant'],
    fsbp: ['SSM.3'],
  },
  evaluate(managed) {
    const status = managed.associationCompliance;
    if (isUnknown(status)) return undetermined(status);
    if (status === undefined) return notApplicable('no State Manager association targets the instance');
    return status === 'COMPLIANT'
      ? pass('association compliance: COMPLIANT')
      : fail(`association compliance: ${status}`, { status });
  },
});
