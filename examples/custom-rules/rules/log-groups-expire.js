// A team rule with a setting: the longest a log group may keep its events. Logs carry personal
// data, and the privacy notice promises they are deleted; the team's value goes in a settings
// file (settings.yaml beside this folder), and findings.json records the value a scan used.
import { defineRule, fail, isUnknown, pass, undetermined } from 'soc2-evidence';

export default defineRule({
  id: 'log-groups-expire',
  title: 'Log groups delete their events after at most {maxRetentionDays} days',
  severity: 'medium',
  criteria: ['C1.2', 'P4.3'],
  family: 'logging',
  appliesTo: ['log-group'],
  settings: {
    maxRetentionDays: {
      kind: 'days',
      describe: 'The longest a log group may keep its events (the retention the privacy notice promises)',
      default: 731,
      min: 1,
      max: 3653,
    },
  },
  rationale:
    'Application logs hold personal data (emails, IP addresses). The privacy notice promises they are ' +
    'deleted after {maxRetentionDays} days, so a group that keeps events longer, or forever, breaks it.',
  remediation: {
    summary: "Set the log group's retention to {maxRetentionDays} days or fewer.",
    cloudformation: 'AWS::Logs::LogGroup: `RetentionInDays: {maxRetentionDays}` (or fewer)',
    cli: 'aws logs put-retention-policy --log-group-name <name> --retention-in-days {maxRetentionDays}',
  },
  // The third argument holds the settings in force: the default, or the settings file's value.
  evaluate(group, _inventory, { maxRetentionDays }) {
    const retention = group.retentionInDays;
    if (retention === undefined) return undetermined('the retention setting was not read');
    if (isUnknown(retention)) return undetermined(retention);
    if (retention === 'never-expires')
      return fail(`events never expire (at most ${maxRetentionDays} days allowed)`, {
        retentionInDays: null,
        maximumDays: maxRetentionDays,
      });
    const evidence = { retentionInDays: retention, maximumDays: maxRetentionDays };
    return retention <= maxRetentionDays
      ? pass(`events are deleted after ${retention} days`, evidence)
      : fail(`events are kept ${retention} days (at most ${maxRetentionDays} allowed)`, evidence);
  },
});
