import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'dms-replication-instance-not-public',
  title: 'DMS replication instances are not publicly accessible',
  severity: 'high',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['dms-replication-instance'],
  rationale:
    'A replication instance holds credentials for the source and target databases and streams their data. ' +
    'DMS makes it public by default; a public IP exposes it beyond the VPC.',
  remediation: {
    summary: 'Create replication instances with PubliclyAccessible false (it cannot be changed afterwards).',
    cloudformation: 'AWS::DMS::ReplicationInstance: `PubliclyAccessible: false`',
    cli: 'aws dms create-replication-instance ... --no-publicly-accessible',
  },
  equivalents: {
    checkov: ['CKV_AWS_89'],
    prowler: ['dms_instance_no_public_access'],
    steampipe: ['dms_replication_instance_not_publicly_accessible'],
    fsbp: ['DMS.1'],
  },
  evaluate(instance) {
    if (isUnknown(instance.publiclyAccessible)) return undetermined(instance.publiclyAccessible);
    return instance.publiclyAccessible
      ? fail('PubliclyAccessible is true', { publiclyAccessible: true })
      : pass('PubliclyAccessible is false', { publiclyAccessible: false });
  },
});
