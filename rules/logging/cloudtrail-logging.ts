import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudtrail-logging',
  title: 'CloudTrail trails are actually logging',
  severity: 'high',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  rationale:
    'A trail can be configured perfectly and still be stopped (StopLogging is a common step of an attack). Live, the ' +
    "trail's status shows that events are being recorded right now; in a template, `IsLogging` (a required property) " +
    'says whether the trail will log once deployed.',
  remediation: {
    summary: 'Start logging on the trail, and alert on cloudtrail:StopLogging.',
    cloudformation: 'AWS::CloudTrail::Trail: `IsLogging: true`',
    cdk: 'new cloudtrail.Trail(this, "Trail") // CDK trails log by default',
    cli: 'aws cloudtrail start-logging --name <trail>',
  },
  equivalents: {
    guard: ['CLOUDTRAIL_ENABLED'],
    prowler: ['cloudtrail_multi_region_enabled_logging_management_events'],
    steampipe: ['cloudtrail_trail_enabled'],
  },
  evaluate(trail) {
    if (isUnknown(trail.isLogging)) return undetermined(trail.isLogging);
    return trail.isLogging
      ? pass('the trail is logging', { isLogging: true })
      : fail('the trail exists but logging is stopped', { isLogging: false });
  },
});
