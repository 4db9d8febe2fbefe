import { defineRule, fail, notApplicable, pass, undetermined } from '../../src/engine/rule.js';
import { isAuroraEngine } from '../../src/inventory/facts/db-public-access.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'db-not-publicly-accessible',
  title: 'Databases are not publicly accessible',
  severity: 'critical',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['rds-db-instance', 'rds-db-cluster'],
  rationale:
    'A publicly accessible database gets a public DNS name resolving to a public IP, so only its security group ' +
    'and password stand between the internet and the data. Databases should be reachable only from inside the VPC.',
  remediation: {
    summary:
      'Set PubliclyAccessible to false; reach the database through the VPC, a VPN, or a bastion/SSM session.',
    cloudformation: 'AWS::RDS::DBInstance: `PubliclyAccessible: false`',
    cdk: 'new rds.DatabaseInstance(this, "Db", { publiclyAccessible: false, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, ... })',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible --apply-immediately',
  },
  equivalents: {
    checkov: ['CKV_AWS_17'],
    cfnNag: ['F22'],
    guard: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'],
    cdkNag: ['NIST.800.53.R5-RDSInstancePublicAccess'],
    prowler: ['rds_instance_no_public_access'],
    steampipe: ['rds_db_instance_prohibit_public_access'],
    fsbp: ['RDS.2'],
  },
  evaluate(db) {
    if (isUnknown(db.publiclyAccessible)) return undetermined(db.publiclyAccessible);
    if (db.publiclyAccessible === undefined) {
      // Not applicable only on the positive fact: an engine known to be Aurora.
      if (db.type === 'rds-db-cluster' && isAuroraEngine(db.engine))
        return notApplicable('Aurora cluster: public accessibility is set on each DB instance');
      return undetermined(
        'PubliclyAccessible was not established, and the database is not a known Aurora cluster',
      );
    }
    const evidence = {
      publiclyAccessible: db.publiclyAccessible,
      defaultApplied: db.publiclyAccessibleDefault,
    };
    if (db.publiclyAccessible)
      return fail(db.publiclyAccessibleDefault ?? 'PubliclyAccessible is true', evidence);
    return pass(db.publiclyAccessibleDefault ?? 'PubliclyAccessible is false', evidence);
  },
});
