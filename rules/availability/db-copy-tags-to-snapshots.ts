import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster, kindOf } from '../lib/database.js';

export default defineRule({
  id: 'db-copy-tags-to-snapshots',
  title: 'Database snapshots inherit the database tags',
  severity: 'low',
  criteria: ['A1.2', 'C1.1'],
  family: 'availability',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'Tags carry data classification, owner and retention; backup plans, tag-based IAM conditions and clean-up jobs ' +
    'select snapshots by them. A snapshot that does not inherit its database tags escapes all three. Live scans ' +
    'include Neptune and DocumentDB clusters, which the RDS API describes.',
  remediation: {
    summary: 'Turn on CopyTagsToSnapshot on DB instances and clusters (RDS, Aurora, Neptune).',
    cloudformation:
      'AWS::RDS::DBInstance / AWS::RDS::DBCluster / AWS::Neptune::DBCluster: `CopyTagsToSnapshot: true`',
    cdk: 'new rds.DatabaseInstance(this, "Db", { copyTagsToSnapshot: true, ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --copy-tags-to-snapshot (clusters: aws rds modify-db-cluster --db-cluster-identifier <id> --copy-tags-to-snapshot)',
  },
  equivalents: {
    prowler: ['rds_instance_copy_tags_to_snapshots', 'neptune_cluster_copy_tags_to_snapshots'],
    steampipe: [
      'rds_db_instance_copy_tags_to_snapshot_enabled',
      'neptune_db_cluster_copy_tags_to_snapshot_enabled',
    ],
    fsbp: ['RDS.17', 'RDS.16', 'Neptune.8'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'CopyTagsToSnapshot');
    if (byCluster) return byCluster;
    if (isUnknown(db.copyTagsToSnapshot)) return undetermined(db.copyTagsToSnapshot);
    const evidence = { copyTagsToSnapshot: db.copyTagsToSnapshot };
    return db.copyTagsToSnapshot
      ? pass(`${kindOf(db)} copies its tags to snapshots`, evidence)
      : fail(`${kindOf(db)} snapshots are untagged: CopyTagsToSnapshot is false`, evidence);
  },
});
