import { defineRule, fail, notApplicable, pass, undetermined, type Outcome } from '../../src/engine/rule.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { isUnknown, unknown, type Unknown } from '../../src/inventory/maybe.js';
import type { CloudTrailTrail } from '../../src/inventory/model.js';
import { summarizeManagementEvents } from '../../src/inventory/facts/management-events.js';

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
    'A trail whose event selectors leave out management events (or their write half) records no API activity at all, ' +
    'and one whose selectors narrow them by event source (only some services, or every service but KMS or the RDS ' +
    'Data API) leaves some out: KMS key disabling and deletion, for one. As in AWS Config ' +
    'multi-region-cloudtrail-enabled (Security Hub CloudTrail.1), such a trail FAILs. ' +
    'A single-region trail (kept for data events, say) is not applicable when another logging trail of the same ' +
    'account records every region and every management event.',
  remediation: {
    summary:
      'Create (or convert to) a multi-region trail, ideally an organization trail, delivering to a protected bucket, ' +
      'recording all management events (read and write).',
    cloudformation:
      'AWS::CloudTrail::Trail: `IsMultiRegionTrail: true`, `IncludeGlobalServiceEvents: true`, `IsLogging: true`; ' +
      'no EventSelectors, or one with `IncludeManagementEvents: true`, `ReadWriteType: All` and no ' +
      '`ExcludeManagementEventSources` (advanced selectors: `eventCategory` Management with no `readOnly` or `eventSource` field)',
    cdk: 'new cloudtrail.Trail(this, "Trail", { isMultiRegionTrail: true, includeGlobalServiceEvents: true })',
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail --include-global-service-events',
  },
  equivalents: {
    checkov: ['CKV_AWS_67'],
    guard: ['MULTI_REGION_CLOUD_TRAIL_ENABLED'],
    prowler: ['cloudtrail_multi_region_enabled'],
    steampipe: ['cloudtrail_multi_region_trail_enabled'],
    fsbp: ['CloudTrail.1'],
  },
  evaluate(trail, inventory) {
    const own = ownCoverage(trail);
    if (own.status !== 'FAIL') return own;
    // A single-region (data-events, say) trail is no gap when another trail already covers the account.
    const covering = coveringTrail(trail, inventory);
    if (covering === undefined) return own;
    if (isUnknown(covering)) {
      return undetermined(
        `${own.message}; whether another trail in the account covers every region is unknown: ${covering.reason}`,
        own.evidence,
      );
    }
    return notApplicable(
      `${own.message}, but trail ${covering.name ?? covering.id} records all regions and every management event for the account`,
      { ...own.evidence, coveredBy: covering.id },
    );
  },
});

function ownCoverage(trail: CloudTrailTrail): Outcome {
  if (isUnknown(trail.isMultiRegion)) return undetermined(trail.isMultiRegion);
  if (!trail.isMultiRegion) {
    return fail(`the trail records only ${trail.homeRegion ?? 'its home region'}`, {
      isMultiRegion: false,
    });
  }
  const managementEvents = trail.managementEvents;
  if (isUnknown(managementEvents)) return undetermined(managementEvents, { isMultiRegion: true });
  const { scope, description } = summarizeManagementEvents(managementEvents);
  const evidence = {
    isMultiRegion: true,
    managementEvents: scope,
    ...(scope === 'narrowed' ? { managementEventsRecorded: description } : {}),
  };
  if (scope === 'narrowed') {
    return fail(
      `the trail records all regions but not every management event: its event selectors narrow them by event source to ${description}`,
      evidence,
    );
  }
  if (scope !== 'all') {
    return fail(
      scope === 'none'
        ? 'the trail records all regions but no management events (API activity)'
        : `the trail records all regions but only ${scope} management events`,
      evidence,
    );
  }
  return pass('the trail records all regions and every management event, read and write', evidence);
}

function accountOf(trail: CloudTrailTrail): string | undefined {
  return trail.origin.kind === 'live' ? trail.origin.account : undefined;
}

/** Another logging trail of the same account (templates: of the scanned stacks) that covers it, Unknown if that can't be told. */
function coveringTrail(trail: CloudTrailTrail, inventory: Inventory): CloudTrailTrail | Unknown | undefined {
  let undecided: Unknown | undefined;
  for (const other of inventory.ofType('cloudtrail-trail')) {
    if (other === trail || accountOf(other) !== accountOf(trail)) continue;
    const coverage = ownCoverage(other);
    if (coverage.status === 'FAIL') continue;
    const logging = other.isLogging;
    // A template resource under an undecided condition may not exist.
    const condition = 'condition' in other.origin ? other.origin.condition : undefined;
    const mayNotExist = condition !== undefined;
    if (coverage.status === 'PASS' && logging === true && !mayNotExist) return other;
    if (logging === false) continue;
    undecided ??= unknown(
      mayNotExist
        ? `trail ${other.name ?? other.id} exists only if condition ${condition} holds`
        : `trail ${other.name ?? other.id}: ${coverage.status === 'PASS' && isUnknown(logging) ? logging.reason : coverage.message}`,
    );
  }
  return undecided;
}
