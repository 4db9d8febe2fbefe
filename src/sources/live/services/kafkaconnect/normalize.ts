import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { LIST_CONNECTORS } from './calls.js';

export function normalizeKafkaConnect(out: Output): void {
  const connectors = out
    .list(LIST_CONNECTORS, ['msk-connect-connector'])
    .flatMap((page) => page.connectors ?? []);
  for (const connector of connectors) {
    if (!connector.connectorArn) continue;
    const name = connector.connectorName ?? connector.connectorArn;
    out.add({
      type: 'msk-connect-connector',
      id: connector.connectorArn,
      arn: connector.connectorArn,
      name,
      region: out.region,
      origin: out.origin,
      clusterEncryptionInTransit: setting(
        connector.kafkaClusterEncryptionInTransit?.encryptionType,
        describePlace(`MSK Connect connector ${name}`),
        'kafkaClusterEncryptionInTransit.encryptionType',
      ),
    });
  }
}
