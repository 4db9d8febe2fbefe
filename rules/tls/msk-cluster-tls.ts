import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'msk-cluster-tls',
  title: 'MSK clusters accept only TLS from clients and encrypt traffic between brokers',
  severity: 'high',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['msk-cluster'],
  rationale:
    'With client-broker encryption TLS_PLAINTEXT or PLAINTEXT, producers and consumers may send records in clear ' +
    'text; with in-cluster encryption off, brokers replicate them in clear text. Both must be on.',
  remediation: {
    summary: 'Set client-broker encryption to TLS and keep in-cluster encryption on.',
    cloudformation:
      'AWS::MSK::Cluster: `EncryptionInfo: { EncryptionInTransit: { ClientBroker: TLS, InCluster: true } }`',
    cdk: 'new msk.CfnCluster(this, "Kafka", { encryptionInfo: { encryptionInTransit: { clientBroker: "TLS", inCluster: true } }, ... })',
    cli: 'aws kafka update-security --cluster-arn <arn> --current-version <v> --encryption-info \'{"EncryptionInTransit":{"ClientBroker":"TLS"}}\'',
  },
  equivalents: {
    checkov: ['CKV_AWS_81'],
    prowler: ['kafka_cluster_in_transit_encryption_enabled'],
    steampipe: ['msk_cluster_encryption_in_transit_with_tls_enabled'],
    fsbp: ['MSK.1'],
  },
  evaluate(cluster) {
    const { clientBroker, inCluster } = cluster;
    if (isUnknown(clientBroker)) return undetermined(clientBroker);
    if (clientBroker !== 'TLS')
      return fail(`client-broker encryption is ${clientBroker}, not TLS only`, { clientBroker });
    if (isUnknown(inCluster)) return undetermined(inCluster);
    const evidence = { clientBroker, inCluster };
    return inCluster
      ? pass('clients must use TLS and brokers encrypt traffic between them', evidence)
      : fail('in-cluster (broker to broker) encryption is off', evidence);
  },
});
