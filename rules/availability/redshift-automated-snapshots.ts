import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

const MIN_DAYS = 7;

export default defineRule({
  id: 'redshift-automated-snapshots',
  title: `Redshift clusters keep automated snapshots for at least ${MIN_DAYS} days`,
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['redshift-cluster'],
  rationale:
    "Automated snapshots are the warehouse's point-in-time backups. Redshift keeps them one day by default, too " +
    `short to notice and undo a bad load or deletion over a weekend; ${MIN_DAYS} days covers a week.`,
  remediation: {
    summary: `Set the automated snapshot retention period to ${MIN_DAYS} days or more.`,
    cloudformation: 'AWS::Redshift::Cluster: `AutomatedSnapshotRetentionPeriod: 7`',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --automated-snapshot-retention-period 7',
  },
  equivalents: {
    steampipe: ['redshift_cluster_automatic_snapshots_min_7_days'],
    fsbp: ['Redshift.3'],
  },
  evaluate(cluster) {
    const days = cluster.automatedSnapshotRetentionDays;
    if (isUnknown(days)) return undetermined(days);
    const evidence = { retentionDays: days, minimumDays: MIN_DAYS };
    if (days === 0) return fail('automated snapshots are off', evidence);
    return days >= MIN_DAYS
      ? pass(`automated snapshots are kept ${days} days`, evidence)
      : fail(`automated snapshots are kept only ${days} day(s)`, evidence);
  },
});
