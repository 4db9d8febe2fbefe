import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'guardduty-no-high-findings',
  title: 'No high-severity GuardDuty finding is left unresolved',
  severity: 'high',
  criteria: ['CC7.3', 'CC7.4'],
  family: 'logging',
  appliesTo: ['guardduty-detector'],
  sources: ['live'],
  rationale:
    'A high-severity GuardDuty finding (severity 7 or more) means a resource is probably compromised. Detection ' +
    'is worth nothing unless someone acts on it: an unarchived one is an incident nobody has closed.',
  remediation: {
    summary:
      'Investigate each high-severity finding, remediate, then archive it (or suppress it with a documented filter).',
    cli: 'aws guardduty archive-findings --detector-id <id> --finding-ids <ids>',
  },
  equivalents: {
    prowler: ['guardduty_no_high_severity_findings'],
    steampipe: ['guardduty_finding_archived', 'guardduty_no_high_severity_findings'],
  },
  evaluate(detector) {
    const open = detector.openHighSeverityFindings;
    if (open === undefined) return notApplicable('findings are read only from a live account');
    if (isUnknown(open)) return undetermined(open);
    if (open.length > 0) {
      return fail(`${open.length} high-severity finding(s) are not archived`, {
        openFindings: open.slice(0, 10),
      });
    }
    return pass('no high-severity finding is open', { openFindings: [] });
  },
});
