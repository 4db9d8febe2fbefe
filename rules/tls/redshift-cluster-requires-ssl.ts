import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'redshift-cluster-requires-ssl',
  title: 'Redshift clusters refuse connections without SSL',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['redshift-cluster'],
  rationale:
    'Redshift accepts unencrypted client connections unless the parameter group sets require_ssl to true; then ' +
    "queries, results and credentials cannot cross the network in clear text. The setting lives in the cluster's " +
    'parameter group, a separate resource, and is read there.',
  remediation: {
    summary: 'Set require_ssl to true in a custom parameter group and associate it with the cluster.',
    cloudformation:
      'AWS::Redshift::ClusterParameterGroup: `Parameters: [{ ParameterName: require_ssl, ParameterValue: "true" }]`, ' +
      "referenced by the cluster's `ClusterParameterGroupName`",
    cdk: 'new redshift.Cluster(this, "Warehouse", { parameterGroup: new redshift.ClusterParameterGroup(this, "Params", { parameters: { require_ssl: "true" } }), ... })',
    cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
  },
  equivalents: {
    prowler: ['redshift_cluster_in_transit_encryption_enabled'],
    steampipe: ['redshift_cluster_encryption_in_transit_enabled'],
    fsbp: ['Redshift.2'],
  },
  evaluate(cluster) {
    if (isUnknown(cluster.requireSsl)) return undetermined(cluster.requireSsl);
    return cluster.requireSsl
      ? pass("require_ssl is true in the cluster's parameter group", { requireSsl: true })
      : fail('require_ssl is false: clients may connect without SSL', { requireSsl: false });
  },
});
