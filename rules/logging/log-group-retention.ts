import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

/** A SOC 2 Type II report covers up to twelve months: logs of the whole period must still exist when it is audited. */
export const MIN_RETENTION_DAYS = 365;

export default defineRule({
  id: 'log-group-retention',
  title: `CloudWatch log groups keep events for at least ${MIN_RETENTION_DAYS} days`,
  severity: 'low',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['log-group'],
  rationale:
    'Logs are the evidence that monitoring happened and the material for investigating an incident found ' +
    `months later. An audit period runs up to a year, so events kept less than ${MIN_RETENTION_DAYS} days are gone ` +
    'before the auditor (or the investigator) asks for them. A group whose events never expire passes. ' +
    `The threshold is Steampipe's (cloudwatch_log_group_retention_period_365) and Prowler's default.`,
  remediation: {
    summary: `Set the log group's retention to ${MIN_RETENTION_DAYS} days or more (or export older events to S3).`,
    cloudformation: 'AWS::Logs::LogGroup: `RetentionInDays: 365` (or longer; leave it unset to never expire)',
    cdk: 'new logs.LogGroup(this, "Logs", { retention: logs.RetentionDays.ONE_YEAR })',
    cli: 'aws logs put-retention-policy --log-group-name <name> --retention-in-days 365',
  },
  equivalents: {
    prowler: ['cloudwatch_log_group_retention_policy_specific_days_enabled'],
    steampipe: ['cloudwatch_log_group_retention_period_365'],
    fsbp: ['CloudWatch.16'],
  },
  evaluate(group) {
    const retention = group.retentionInDays;
    if (retention === undefined) return undetermined('the retention setting was not read');
    if (isUnknown(retention)) return undetermined(retention);
    if (retention === 'never-expires') return pass('events never expire', { retentionInDays: null });
    const evidence = { retentionInDays: retention, minimumDays: MIN_RETENTION_DAYS };
    return retention >= MIN_RETENTION_DAYS
      ? pass(`events are kept ${retention} days`, evidence)
      : fail(`events are kept only ${retention} days (at least ${MIN_RETENTION_DAYS} required)`, evidence);
  },
});
