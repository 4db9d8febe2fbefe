import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled in every region',
  severity: 'high',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['guardduty-detector'],
  requiredInEveryRegion: true,
  rationale:
    'GuardDuty watches CloudTrail, VPC flow and DNS logs for signs of compromise (stolen credentials, crypto ' +
    'mining, reconnaissance). It works per region: a region without a detector is one where an intruder goes unnoticed.',
  remediation: {
    summary:
      "Enable GuardDuty in every region (through the organization's delegated administrator, ideally).",
    cloudformation: 'AWS::GuardDuty::Detector: `Enable: true` (one stack instance per region)',
    cdk: 'new guardduty.CfnDetector(this, "Detector", { enable: true })',
    cli: 'aws guardduty create-detector --enable --region <region>',
  },
  equivalents: {
    prowler: ['guardduty_is_enabled'],
    steampipe: ['guardduty_enabled'],
    fsbp: ['GuardDuty.1'],
    guard: ['GUARDDUTY_ENABLED_CENTRALIZED'],
  },
  evaluate(detector) {
    if (isUnknown(detector.enabled)) return undetermined(detector.enabled);
    return detector.enabled
      ? pass('the GuardDuty detector is enabled', { enabled: true })
      : fail('the GuardDuty detector is suspended', { enabled: false });
  },
});
