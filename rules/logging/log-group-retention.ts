import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'log-group-retention',
  title: 'CloudWatch log groups keep events for at least {minRetentionDays} days',
  severity: 'low',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['log-group'],
  settings: {
    minRetentionDays: {
      kind: 'days',
      describe: 'The fewest days a log group may keep its events (Prowler: log_group_retention_days)',
      /** A SOC 2 Type II report covers up to twelve months: logs of the whole period must still exist when it is audited. */
      default: 365,
      /** Below a month the logs no longer cover any audit period; 3653 is CloudWatch's longest retention. */
      min: 30,
      max: 3653,
    },
  },
  rationale:
    'Logs are the evidence that monitoring happened and the material for investigating an incident found ' +
    'months later. An audit period runs up to a year, and its events must still exist when the auditor (or ' +
    'the investigator) asks for them: a group keeping them less than {minRetentionDays} days fails; one whose ' +
    "events never expire passes. The default threshold is Steampipe's (cloudwatch_log_group_retention_period_365) and Prowler's.",
  remediation: {
    summary:
      "Raise the log group's retention to {minRetentionDays} days or more (or export older events to S3).",
    cloudformation:
      'AWS::Logs::LogGroup: `RetentionInDays: {minRetentionDays}` (or longer; leave it unset to never expire)',
    cdk: 'new logs.LogGroup(this, "Logs", { retention: logs.RetentionDays.ONE_YEAR })',
    cli: 'aws logs put-retention-policy --log-group-name <name> --retention-in-days {minRetentionDays}',
  },
  equivalents: {
    prowler: ['cloudwatch_log_group_retention_policy_specific_days_enabled'],
    steampipe: ['cloudwatch_log_group_retention_period_365'],
    fsbp: ['CloudWatch.16'],
  },
  evaluate(group, _inventory, { minRetentionDays }) {
    const retention = group.retentionInDays;
    if (retention === undefined) return undetermined('the retention setting was not read');
    if (isUnknown(retention)) return undetermined(retention);
    if (retention === 'never-expires') return pass('events never expire', { retentionInDays: null });
    const evidence = { retentionInDays: retention, minimumDays: minRetentionDays };
    return retention >= minRetentionDays
      ? pass(`events are kept ${retention} days`, evidence)
      : fail(`events are kept only ${retention} days (at least ${minRetentionDays} required)`, evidence);
  },
});
