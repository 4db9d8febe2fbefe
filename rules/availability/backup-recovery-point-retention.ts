import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { MIN_BACKUP_RETENTION_DAYS } from './backup-plan-retention.js';

export default defineRule({
  id: 'backup-recovery-point-retention',
  title: `AWS Backup recovery points are kept at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['backup-recovery-point'],
  sources: ['live'],
  rationale:
    'A recovery point scheduled for deletion within weeks of its creation may be gone by the time damage is ' +
    'noticed. The plan sets the retention of new recovery points; this checks the ones that exist.',
  remediation: {
    summary: `Keep recovery points ${MIN_BACKUP_RETENTION_DAYS} days or more: fix the plan's lifecycle and update existing ones.`,
    cli: `aws backup update-recovery-point-lifecycle --backup-vault-name <vault> --recovery-point-arn <arn> --lifecycle DeleteAfterDays=${MIN_BACKUP_RETENTION_DAYS}`,
  },
  equivalents: { steampipe: ['backup_recovery_point_min_retention_35_days'] },
  evaluate(point) {
    if (isUnknown(point.retentionDays)) return undetermined(point.retentionDays);
    if (point.retentionDays === undefined) {
      return pass('the recovery point is kept until deleted by hand', { retentionDays: null });
    }
    const evidence = { retentionDays: point.retentionDays };
    if (point.retentionDays < MIN_BACKUP_RETENTION_DAYS) {
      return fail(`the recovery point is deleted after ${point.retentionDays} day(s)`, evidence);
    }
    return pass(`the recovery point is kept ${point.retentionDays} days`, evidence);
  },
});
