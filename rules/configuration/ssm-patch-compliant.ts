import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'ssm-patch-compliant',
  title: 'Systems Manager managed instances are patch compliant',
  severity: 'high',
  criteria: ['CC7.1', 'CC3.2'],
  family: 'configuration',
  appliesTo: ['ssm-managed-instance'],
  sources: ['live'],
  rationale:
    'Missing security patches are the vulnerabilities attackers exploit first. Patch compliance is the evidence ' +
    'that each managed instance was scanned against its patch baseline and has what the baseline requires. An ' +
    'instance with no patch data was never scanned, which is no evidence of patching.',
  remediation: {
    summary:
      'Scan and install with Patch Manager (a patch policy in Quick Setup, or AWS-RunPatchBaseline on a maintenance window).',
    cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=<i> --parameters Operation=Install',
  },
  equivalents: {
    prowler: ['ssm_managed_compliant_patching'],
    steampipe: ['ssm_managed_instance_compliance_patch_compliant'],
    fsbp: ['SSM.2'],
  },
  evaluate(managed) {
    const status = managed.patchCompliance;
    if (isUnknown(status)) return undetermined(status);
    if (status === undefined)
      return fail('no patch compliance data: the instance was never scanned against a patch baseline');
    return status === 'COMPLIANT'
      ? pass('patch compliance: COMPLIANT')
      : fail(`patch compliance: ${status}`, { status });
  },
});
