import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'redshift-automated-snapshots',
  title: 'Redshift clusters keep automated snapshots for at least {minRetentionDays} days',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['redshift-cluster'],
  settings: {
    minRetentionDays: {
      kind: 'days',
      describe:
        'The fewest days a cluster may keep its automated snapshots (AutomatedSnapshotRetentionPeriod)',
      default: 7,
      /** 35 is the longest automated snapshot retention Redshift accepts. */
      min: 1,
      max: 35,
    },
  },
  rationale:
    "Automated snapshots are the warehouse's point-in-time backups. Redshift keeps them one day by default, too " +
    'short to notice and undo a bad load or deletion over a weekend. Snapshots kept fewer than {minRetentionDays} days fail.',
  remediation: {
    summary: 'Set the automated snapshot retention period to {minRetentionDays} days or more.',
    cloudformation: 'AWS::Redshift::Cluster: `AutomatedSnapshotRetentionPeriod: {minRetentionDays}`',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --automated-snapshot-retention-period {minRetentionDays}',
  },
  equivalents: {
    steampipe: ['redshift_cluster_automatic_snapshots_min_7_days'],
    fsbp: ['Redshift.3'],
  },
  evaluate(cluster, _inventory, { minRetentionDays }) {
    const days = cluster.automatedSnapshotRetentionDays;
    if (isUnknown(days)) return undetermined(days);
    const evidence = { retentionDays: days, minimumDays: minRetentionDays };
    if (days === 0) return fail('automated snapshots are off', evidence);
    return days >= minRetentionDays
      ? pass(`automated snapshots are kept ${days} ${days === 1 ? 'day' : 'days'}`, evidence)
      : fail(`automated snapshots are kept only ${days} day(s), under ${minRetentionDays}`, evidence);
  },
});
