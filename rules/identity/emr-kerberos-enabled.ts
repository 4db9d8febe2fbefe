import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'emr-kerberos-enabled',
  title: 'EMR clusters authenticate with Kerberos',
  severity: 'medium',
  criteria: ['CC6.1'],
  family: 'identity',
  appliesTo: ['emr-cluster'],
  rationale:
    'Without Kerberos, Hadoop, Spark and the other cluster applications trust whatever user name a client claims: ' +
    'anyone who reaches the cluster can act as any user on its data. A security configuration with Kerberos ' +
    'authentication makes every user and service prove who it is before the cluster authorizes it.',
  remediation: {
    summary:
      'Create an EMR security configuration with Kerberos authentication (cluster-dedicated KDC or an external one) and launch the cluster with it and its KerberosAttributes.',
    cloudformation:
      'AWS::EMR::SecurityConfiguration with `SecurityConfiguration.AuthenticationConfiguration.KerberosConfiguration`; AWS::EMR::Cluster: `SecurityConfiguration: !Ref <it>` and `KerberosAttributes: { Realm, KdcAdminPassword }`',
    cdk: 'new emr.CfnCluster(this, "Cluster", { securityConfiguration: kerberosConfig.ref, kerberosAttributes: { realm: "EC2.INTERNAL", kdcAdminPassword }, ... })',
    cli: 'aws emr create-security-configuration --name kerberos --security-configuration file://kerberos.json; aws emr create-cluster ... --security-configuration kerberos --kerberos-attributes Realm=EC2.INTERNAL,KdcAdminPassword=<secret>',
  },
  equivalents: { steampipe: ['emr_cluster_kerberos_enabled'] },
  evaluate(cluster) {
    if (isUnknown(cluster.kerberosEnabled)) return undetermined(cluster.kerberosEnabled);
    return cluster.kerberosEnabled
      ? pass('the security configuration turns on Kerberos authentication', { kerberos: true })
      : fail(
          'no security configuration with Kerberos authentication: applications trust claimed user names',
          {
            kerberos: false,
          },
        );
  },
});
