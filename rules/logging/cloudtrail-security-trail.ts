import { defineRule, fail, notApplicable, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import type { CloudTrailTrail } from '../../src/inventory/model.js';
import { summarizeManagementEvents } from '../../src/inventory/facts/management-events.js';

/** What a trail misses of the security-trail baseline, or the Unknown that keeps it from being told. */
function gaps(trail: CloudTrailTrail): string[] | Outcome {
  const management = isUnknown(trail.managementEvents)
    ? trail.managementEvents
    : summarizeManagementEvents(trail.managementEvents);
  const checks: [unknown, (value: unknown) => boolean, string][] = [
    [trail.isLogging, (v) => v === true, 'logging is stopped'],
    [trail.isMultiRegion, (v) => v === true, 'single-region'],
    [
      management,
      () => !isUnknown(management) && management.scope === 'all',
      `not every management event is recorded${isUnknown(management) ? '' : ` (it records ${management.description})`}`,
    ],
    [trail.logFileValidation, (v) => v === true, 'no log file validation'],
    [trail.kmsKeyId, (v) => v !== undefined, 'no KMS encryption'],
  ];
  const missing: string[] = [];
  for (const [value, ok, gap] of checks) {
    if (isUnknown(value)) return undetermined(value);
    if (!ok(value)) missing.push(gap);
  }
  return missing;
}

const accountOf = (trail: CloudTrailTrail): string | undefined =>
  trail.origin.kind === 'live' ? trail.origin.account : undefined;

export default defineRule({
  id: 'cloudtrail-security-trail',
  title: 'A CloudTrail trail meets the whole security baseline',
  severity: 'medium',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    'The account needs one trail that has everything at once: logging, every region, every management event ' +
    '(read and write), log file integrity validation and KMS encryption. Separate trails each having one of ' +
    'these do not add up to tamper-evident, complete and confidential audit evidence. A trail missing parts is ' +
    'not applicable when another trail of the account meets the whole baseline.',
  remediation: {
    summary:
      'Configure one multi-region trail with all management events, log file validation and a KMS key.',
    cloudformation:
      'AWS::CloudTrail::Trail: `IsLogging: true`, `IsMultiRegionTrail: true`, `EnableLogFileValidation: true`, `KMSKeyId: !GetAtt TrailKey.Arn` (no selectors, or all management events)',
    cdk: 'new cloudtrail.Trail(this, "Trail", { isMultiRegionTrail: true, enableFileValidation: true, encryptionKey: key })',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail --enable-log-file-validation --kms-key-id <key-arn>',
  },
  equivalents: {
    steampipe: ['cloudtrail_security_trail_enabled'],
  },
  evaluate(trail, inventory) {
    const own = gaps(trail);
    if (!Array.isArray(own)) return own;
    if (own.length === 0) return pass('the trail meets the whole baseline');
    const evidence = { missing: own.join('; ') };
    for (const other of inventory.ofType('cloudtrail-trail')) {
      if (other === trail || accountOf(other) !== accountOf(trail)) continue;
      const condition = 'condition' in other.origin ? other.origin.condition : undefined;
      const otherGaps = gaps(other);
      if (condition === undefined && Array.isArray(otherGaps) && otherGaps.length === 0) {
        return notApplicable(
          `the trail misses: ${own.join('; ')}, but trail ${other.name ?? other.id} meets the baseline`,
          {
            ...evidence,
            coveredBy: other.id,
          },
        );
      }
    }
    return fail(`the trail misses: ${own.join('; ')}`, evidence);
  },
});
