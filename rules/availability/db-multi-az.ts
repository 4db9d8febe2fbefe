import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';
import { decidedByCluster, kindOf } from '../lib/database.js';

export default defineRule({
  id: 'db-multi-az',
  title: 'Databases run in more than one Availability Zone',
  severity: 'medium',
  criteria: ['A1.2'],
  family: 'availability',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'A Single-AZ database is down for as long as its Availability Zone or host is: recovery is a restore from backup, ' +
    'with data loss back to the last log upload. Multi-AZ keeps a synchronous standby (or Aurora readers) in another ' +
    'AZ that RDS fails over to in minutes.',
  remediation: {
    summary:
      'Make DB instances Multi-AZ; give Aurora clusters at least one reader in another Availability Zone.',
    cloudformation:
      'AWS::RDS::DBInstance: `MultiAZ: true`; Aurora: a second AWS::RDS::DBInstance in the cluster with a different `AvailabilityZone`',
    cdk: 'new rds.DatabaseInstance(this, "Db", { multiAz: true, ... }); new rds.DatabaseCluster(this, "C", { readers: [rds.ClusterInstance.provisioned("r1")], ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --multi-az --apply-immediately (Aurora: aws rds create-db-instance --db-cluster-identifier <id> --availability-zone <other-az> ...)',
  },
  equivalents: {
    prowler: ['rds_instance_multi_az', 'rds_cluster_multi_az'],
    steampipe: ['rds_db_instance_multiple_az_enabled', 'rds_db_cluster_multiple_az_enabled'],
    guard: ['RDS_MULTI_AZ_SUPPORT'],
    checkov: ['CKV_AWS_157'],
    cdkNag: ['NIST.800.53.R5-RDSMultiAZSupport'],
    fsbp: ['RDS.5', 'RDS.15'],
  },
  evaluate(db) {
    const byCluster = decidedByCluster(db, 'Availability Zone placement');
    if (byCluster) return byCluster;
    if (isUnknown(db.multiAz)) return undetermined(db.multiAz);
    const evidence = { multiAz: db.multiAz };
    return db.multiAz
      ? pass(`${kindOf(db)} is Multi-AZ`, evidence)
      : fail(`${kindOf(db)} runs in a single Availability Zone`, evidence);
  },
});
