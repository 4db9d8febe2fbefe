import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

/** Steampipe's (backup_plan_min_retention_35_days); backup-recovery-point-retention defaults to it too. */
export const MIN_BACKUP_RETENTION_DAYS = 35;

export default defineRule({
  id: 'backup-plan-retention',
  title: 'AWS Backup plan rules keep recovery points at least {minRetentionDays} days',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['backup-plan'],
  settings: {
    minRetentionDays: {
      kind: 'days',
      describe: 'The fewest days a backup plan rule may keep its recovery points (Lifecycle.DeleteAfterDays)',
      default: MIN_BACKUP_RETENTION_DAYS,
      /** Under a week, recovery points no longer outlive damage found over a weekend. */
      min: 7,
      max: 3650,
    },
  },
  rationale:
    'Corruption and ransomware are often found weeks after they start. A backup rule that deletes its recovery ' +
    'points sooner than {minRetentionDays} days may leave only copies of already damaged data.',
  remediation: {
    summary:
      "Set each rule's Lifecycle.DeleteAfterDays to {minRetentionDays} days or more (or leave it unset to keep recovery points until deleted).",
    cloudformation: `AWS::Backup::BackupPlan: \`BackupPlanRule[].Lifecycle.DeleteAfterDays: {minRetentionDays}\``,
    cdk: `new backup.BackupPlanRule({ deleteAfter: cdk.Duration.days({minRetentionDays}), ... })`,
    cli: 'aws backup update-backup-plan --backup-plan-id <id> --backup-plan file://plan.json',
  },
  equivalents: { steampipe: ['backup_plan_min_retention_35_days'] },
  evaluate(plan, _inventory, { minRetentionDays }) {
    if (isUnknown(plan.ruleRetentionDays)) return undetermined(plan.ruleRetentionDays);
    const retention = plan.ruleRetentionDays.map((days: number | undefined) => days ?? null);
    const short = plan.ruleRetentionDays.filter(
      (days: number | undefined): days is number => days !== undefined && days < minRetentionDays,
    );
    if (plan.ruleRetentionDays.length === 0) return fail('the backup plan has no rules', { retention });
    if (short.length > 0) {
      return fail(
        `${short.length} rule(s) delete recovery points after ${Math.min(...short)} day(s), under ${minRetentionDays}`,
        { retention },
      );
    }
    return pass(`every rule keeps recovery points ${minRetentionDays} days or more`, { retention });
  },
});
