import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'dax-cluster-endpoint-tls',
  title: 'DAX clusters encrypt their endpoint with TLS',
  severity: 'medium',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['dax-cluster'],
  rationale:
    'A DAX cluster caches DynamoDB items; with ClusterEndpointEncryptionType NONE, applications read them from the ' +
    'cluster endpoint in clear text. TLS can only be chosen when the cluster is created.',
  remediation: {
    summary: 'Create a new cluster with TLS endpoint encryption and move clients to it.',
    cloudformation: 'AWS::DAX::Cluster: `ClusterEndpointEncryptionType: TLS`',
    cdk: 'new dax.CfnCluster(this, "Cache", { clusterEndpointEncryptionType: "TLS", ... })',
    cli: 'aws dax create-cluster --cluster-name <name> --cluster-endpoint-encryption-type TLS ...',
  },
  equivalents: {
    prowler: ['dynamodb_accelerator_cluster_in_transit_encryption_enabled'],
    steampipe: ['dax_cluster_encryption_in_transit_enabled'],
    fsbp: ['DynamoDB.7'],
  },
  evaluate(cluster) {
    if (isUnknown(cluster.endpointEncryption)) return undetermined(cluster.endpointEncryption);
    const evidence = { clusterEndpointEncryptionType: cluster.endpointEncryption };
    return cluster.endpointEncryption === 'TLS'
      ? pass('the cluster endpoint uses TLS', evidence)
      : fail(`the cluster endpoint encryption is ${cluster.endpointEncryption}`, evidence);
  },
});
