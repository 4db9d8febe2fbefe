import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'redshift-cluster-not-public',
  title: 'Redshift clusters are not publicly accessible',
  severity: 'critical',
  criteria: ['CC6.6', 'CC6.1'],
  family: 'network',
  appliesTo: ['redshift-cluster'],
  rationale:
    'A publicly accessible cluster gets a public IP address, so only its security group and database passwords ' +
    'stand between the internet and the warehouse. Analysts and tools should reach it from inside the VPC.',
  remediation: {
    summary: 'Turn public accessibility off; connect through the VPC, a VPN or a bastion.',
    cloudformation: 'AWS::Redshift::Cluster: `PubliclyAccessible: false`',
    cdk: 'new redshift.Cluster(this, "Warehouse", { publiclyAccessible: false, ... })',
    cli: 'aws redshift modify-cluster --cluster-identifier <id> --no-publicly-accessible',
  },
  equivalents: {
    checkov: ['CKV_AWS_87'],
    prowler: ['redshift_cluster_public_access'],
    steampipe: ['redshift_cluster_prohibit_public_access'],
    fsbp: ['Redshift.1'],
  },
  evaluate(cluster) {
    if (isUnknown(cluster.publiclyAccessible)) return undetermined(cluster.publiclyAccessible);
    return cluster.publiclyAccessible
      ? fail('PubliclyAccessible is true', { publiclyAccessible: true })
      : pass('PubliclyAccessible is false', { publiclyAccessible: false });
  },
});
