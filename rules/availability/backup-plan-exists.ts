import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'backup-plan-exists',
  title: 'The account has an AWS Backup plan',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['backup-plan'],
  requiredInAccount: true,
  rationale:
    'An AWS Backup plan is the account-wide schedule that copies data stores into a vault, outside the reach of ' +
    "the resource itself. Without one, recovery rests on each service's own snapshots, if anyone enabled them.",
  remediation: {
    summary:
      'Create a backup plan with at least one rule (daily, kept 35 days or more) and assign resources to it.',
    cloudformation:
      'AWS::Backup::BackupPlan with `BackupPlan: { BackupPlanName, BackupPlanRule: [{ RuleName, TargetBackupVault, ' +
      'ScheduleExpression: "cron(0 5 * * ? *)", Lifecycle: { DeleteAfterDays: 35 } }] }`',
    cdk: 'backup.BackupPlan.daily35DayRetention(this, "Plan")',
    cli: 'aws backup create-backup-plan --backup-plan file://plan.json',
  },
  equivalents: { prowler: ['backup_plans_exist'] },
  evaluate(plan) {
    if (isUnknown(plan.ruleRetentionDays)) return undetermined(plan.ruleRetentionDays);
    const rules = plan.ruleRetentionDays.length;
    if (rules === 0) return fail('the backup plan has no rules, so it never runs a backup', { rules });
    return pass(`backup plan ${plan.name ?? plan.id} has ${rules} rule(s)`, { rules });
  },
});
