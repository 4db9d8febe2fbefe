import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const MIN_HOURS = 168;

export default defineRule({
  id: 'kinesis-stream-retention',
  title: 'Kinesis data streams keep records for at least 7 days',
  severity: 'low',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['kinesis-stream'],
  rationale:
    "A stream's retention is how long a failed consumer has to catch up before records are lost. The default 24 " +
    `hours does not survive a weekend outage; ${MIN_HOURS} hours (7 days) does.`,
  remediation: {
    summary: `Increase the retention period to ${MIN_HOURS} hours or more.`,
    cloudformation: 'AWS::Kinesis::Stream: `RetentionPeriodHours: 168`',
    cdk: 'new kinesis.Stream(this, "Events", { retentionPeriod: Duration.days(7) })',
    cli: 'aws kinesis increase-stream-retention-period --stream-name <name> --retention-period-hours 168',
  },
  equivalents: {
    prowler: ['kinesis_stream_data_retention_period'],
    steampipe: ['kinesis_stream_retention_period_168_hours'],
  },
  evaluate(stream) {
    const hours = stream.retentionHours;
    if (isUnknown(hours)) return undetermined(hours);
    const evidence = { retentionHours: hours, minimumHours: MIN_HOURS };
    return hours >= MIN_HOURS
      ? pass(`records are kept ${hours} hours`, evidence)
      : fail(`records are kept only ${hours} hours`, evidence);
  },
});
