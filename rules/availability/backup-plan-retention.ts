import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export const MIN_BACKUP_RETENTION_DAYS = 35;

export default defineRule({
  id: 'backup-plan-retention',
  title: `AWS Backup plan rules keep recovery points at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['backup-plan'],
  rationale:
    'Corruption and ransomware are often found weeks after they start. A backup rule that deletes its recovery ' +
    `points sooner than ${MIN_BACKUP_RETENTION_DAYS} days may leave only copies of already damaged data.`,
  remediation: {
    summary: `Set each rule's Lifecycle.DeleteAfterDays to ${MIN_BACKUP_RETENTION_DAYS} or more (or leave it unset to keep recovery points until deleted).`,
    cloudformation: `AWS::Backup::BackupPlan: \`BackupPlanRule[].Lifecycle.DeleteAfterDays: ${MIN_BACKUP_RETENTION_DAYS}\``,
    cdk: `new backup.BackupPlanRule({ deleteAfter: cdk.Duration.days(${MIN_BACKUP_RETENTION_DAYS}), ... })`,
    cli: 'aws backup update-backup-plan --backup-plan-id <id> --backup-plan file://plan.json',
  },
  equivalents: { steampipe: ['backup_plan_min_retention_35_days'] },
  evaluate(plan) {
    if (isUnknown(plan.ruleRetentionDays)) return undetermined(plan.ruleRetentionDays);
    const retention = plan.ruleRetentionDays.map((days: number | undefined) => days ?? null);
    const short = plan.ruleRetentionDays.filter(
      (days: number | undefined): days is number => days !== undefined && days < MIN_BACKUP_RETENTION_DAYS,
    );
    if (plan.ruleRetentionDays.length === 0) return fail('the backup plan has no rules', { retention });
    if (short.length > 0) {
      return fail(
        `${short.length} rule(s) delete recovery points after ${Math.min(...short)} day(s), under ${MIN_BACKUP_RETENTION_DAYS}`,
        { retention },
      );
    }
    return pass(`every rule keeps recovery points ${MIN_BACKUP_RETENTION_DAYS} days or more`, { retention });
  },
});
