import { defineRule, fail, pass, undetermined } from '../../src/engine/rule.js';
import { isUnknown } from '../../src/inventory/maybe.js';

export default defineRule({
  id: 'msk-connect-connector-tls',
  title: 'MSK Connect connectors talk to their Kafka cluster over TLS',
  severity: 'medium',
  criteria: ['CC6.7'],
  family: 'tls',
  appliesTo: ['msk-connect-connector'],
  rationale:
    'A connector moves records between Kafka and other systems. With PLAINTEXT encryption in transit to the ' +
    'cluster, those records cross the network unencrypted. The setting is fixed when the connector is created.',
  remediation: {
    summary: 'Recreate the connector with TLS encryption in transit to the Kafka cluster.',
    cloudformation:
      'AWS::KafkaConnect::Connector: `KafkaClusterEncryptionInTransit: { EncryptionType: TLS }`',
    cli: 'aws kafkaconnect create-connector ... --kafka-cluster-encryption-in-transit encryptionType=TLS',
  },
  equivalents: {
    prowler: ['kafka_connector_in_transit_encryption_enabled'],
    steampipe: ['mskconnect_connector_encryption_in_transit_with_tls_enabled'],
    fsbp: ['MSK.3'],
  },
  evaluate(connector) {
    const type = connector.clusterEncryptionInTransit;
    if (isUnknown(type)) return undetermined(type);
    return type === 'TLS'
      ? pass('the connector uses TLS to the cluster', { encryptionType: type })
      : fail(`the connector uses ${type} to the cluster`, { encryptionType: type });
  },
});
