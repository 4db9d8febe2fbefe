import { defineRule, fail, pass, undetermined } from '../src/engine/rule.js';
import { isUnknown } from '../src/inventory/maybe.js';

export default defineRule({
  id: 'cloudtrail-multi-region',
  title: 'A multi-region CloudTrail trail records API activity',
  severity: 'high',
  criteria: ['CC7.2', 'CC7.3'],
  family: 'logging',
  appliesTo: ['cloudtrail-trail'],
  requiredInAccount: true,
  rationale:
    'CloudTrail is the record of who did what in the account. A single-region trail misses activity in every other ' +
    'region, including regions an attacker chooses precisely because nobody watches them, and global-service events. ' +
    'A trail whose event selectors leave out management events (or their write half) records no API activity at all.',
  remediation: {
    summary:
      'Create (or convert to) a multi-region trail, ideally an organization trail, delivering to a protected bucket, ' +
      'recording all management events (read and write).',
    cloudformation:
      'AWS::CloudTrail::Trail: `IsMultiRegionTrail: true`, `IncludeGlobalServiceEvents: true`, `IsLogging: true`; ' +
      'no EventSelectors, or one with `IncludeManagementEvents: true` and `ReadWriteType: All`',
    cdk: 'new cloudtrail.Trail(this, "Trail", { isMultiRegionTrail: true, includeGlobalServiceEvents: true })',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail --include-global-service-events',
  },
  equivalents: {
    checkov: ['CKV_AWS_67'],
    guard: ['MULTI_REGION_CLOUD_TRAIL_ENABLED'],
    prowler: ['cloudtrail_multi_region_enabled'],
  },
  evaluate(trail) {
    if (isUnknown(trail.isMultiRegion)) return undetermined(trail.isMultiRegion);
    if (!trail.isMultiRegion) {
      return fail(`the trail records only ${trail.homeRegion ?? 'its home region'}`, {
        isMultiRegion: false,
      });
    }
    const managementEvents = trail.managementEvents;
    if (isUnknown(managementEvents)) return undetermined(managementEvents, { isMultiRegion: true });
    const evidence = { isMultiRegion: true, managementEvents };
    if (managementEvents !== 'all') {
      return fail(
        managementEvents === 'none'
          ? 'the trail records all regions but no management events (API activity)'
          : `the trail records all regions but only ${managementEvents} management events`,
        evidence,
      );
    }
    return pass('the trail records all regions and every management event, read and write', evidence);
  },
});
