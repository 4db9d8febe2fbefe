import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { MIN_BACKUP_RETENTION_DAYS } from './backup-plan-retention.js';

export default defineRule({
  id: 'backup-recovery-point-retention',
  title: 'AWS Backup recovery points are kept at least {minRetentionDays} days',
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['backup-recovery-point'],
  sources: ['live'],
  settings: {
    minRetentionDays: {
      kind: 'days',
      describe: 'The fewest days an existing recovery point may be kept (its lifecycle DeleteAfterDays)',
      default: MIN_BACKUP_RETENTION_DAYS,
      /** Under a week, recovery points no longer outlive damage found over a weekend. */
      min: 7,
      max: 3650,
    },
  },
  rationale:
    'A recovery point scheduled for deletion within weeks of its creation may be gone by the time damage is ' +
    'noticed. The plan sets the retention of new recovery points; this checks the ones that exist: one deleted ' +
    'sooner than {minRetentionDays} days after its creation fails.',
  remediation: {
    summary:
      "Keep recovery points {minRetentionDays} days or more: fix the plan's lifecycle and update existing ones.",
    cli: `aws backup update-recovery-point-lifecycle --backup-vault-name <vault> --recovery-point-arn <arn> --lifecycle DeleteAfterDays={minRetentionDays}`,
  },
  equivalents: { steampipe: ['backup_recovery_point_min_retention_35_days'] },
  evaluate(point, _inventory, { minRetentionDays }) {
    if (isUnknown(point.retentionDays)) return undetermined(point.retentionDays);
    if (point.retentionDays === undefined) {
      return pass('the recovery point is kept until deleted by hand', { retentionDays: null });
    }
    const evidence = { retentionDays: point.retentionDays, minimumDays: minRetentionDays };
    if (point.retentionDays < minRetentionDays) {
      return fail(
        `the recovery point is deleted after ${point.retentionDays} day(s), under ${minRetentionDays}`,
        evidence,
      );
    }
    return pass(`the recovery point is kept ${point.retentionDays} days`, evidence);
  },
});
