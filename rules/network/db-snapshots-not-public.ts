import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'db-snapshots-not-public',
  title: 'Database snapshots are not public',
  severity: 'critical',
  criteria: ['CC6.1', 'CC6.6', 'C1.1'],
  family: 'network',
  appliesTo: ['rds-db-snapshot'],
  sources: ['live'],
  rationale:
    'A snapshot whose restore attribute includes "all" can be copied and restored by every AWS account: the whole ' +
    'database is public, whatever its network settings.',
  remediation: {
    summary: 'Remove "all" from the snapshot restore attribute; share with named accounts only.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove all (clusters: modify-db-cluster-snapshot-attribute)',
  },
  equivalents: {
    prowler: ['rds_snapshots_public_access'],
    steampipe: ['rds_db_snapshot_prohibit_public_access'],
    fsbp: ['RDS.1'],
  },
  evaluate(snapshot) {
    if (isUnknown(snapshot.public)) return undetermined(snapshot.public);
    if (snapshot.public === undefined) {
      return notApplicable('an automated snapshot cannot be shared', { kind: snapshot.kind });
    }
    const evidence = { kind: snapshot.kind, public: snapshot.public };
    return snapshot.public
      ? fail('any AWS account can restore it (restore attribute: all)', evidence)
      : pass('not restorable by every account', evidence);
  },
});
