import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'athena-workgroup-logging',
  title: 'Athena workgroups publish query metrics to CloudWatch',
  severity: 'low',
  criteria: ['CC7.2'],
  family: 'logging',
  appliesTo: ['athena-workgroup'],
  rationale:
    "What Prowler, Steampipe and FSBP Athena.4 call workgroup logging is the workgroup's " +
    '`PublishCloudWatchMetricsEnabled`: per-query metrics (data scanned, run time, state) in CloudWatch, which show ' +
    'unusual query volume. The queries themselves are recorded by CloudTrail, not by this setting. Prowler judges ' +
    'only enabled workgroups that ran queries; this rule judges every workgroup, since an idle one can be used tomorrow.',
  remediation: {
    summary: 'Turn on "Publish query metrics to AWS CloudWatch" in the workgroup configuration.',
    cloudformation:
      'AWS::Athena::WorkGroup: `WorkGroupConfiguration: { PublishCloudWatchMetricsEnabled: true }`',
    cdk: 'new athena.CfnWorkGroup(this, "Wg", { name, workGroupConfiguration: { publishCloudWatchMetricsEnabled: true } })',
    cli: 'aws athena update-work-group --work-group <name> --configuration-updates PublishCloudWatchMetricsEnabled=true',
  },
  equivalents: {
    prowler: ['athena_workgroup_logging_enabled'],
    steampipe: ['athena_workgroup_logging_enabled'],
    fsbp: ['Athena.4'],
  },
  evaluate(workgroup) {
    if (isUnknown(workgroup.publishCloudWatchMetrics))
      return undetermined(workgroup.publishCloudWatchMetrics);
    return workgroup.publishCloudWatchMetrics
      ? pass('query metrics are published to CloudWatch', { publishCloudWatchMetrics: true })
      : fail('query metrics are not published to CloudWatch', { publishCloudWatchMetrics: false });
  },
});
