import { MSK_IN_CLUSTER } from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { LIST_CLUSTERS_V2 } from './calls.js';

export function normalizeKafka(out: Output): void {
  const clusters = out.list(LIST_CLUSTERS_V2, ['msk-cluster']).flatMap((page) => page.ClusterInfoList ?? []);
  for (const cluster of clusters) {
    if (!cluster.ClusterArn) continue;
    const name = cluster.ClusterName ?? cluster.ClusterArn;
    const base = {
      type: 'msk-cluster' as const,
      id: cluster.ClusterArn,
      arn: cluster.ClusterArn,
      name,
      region: out.region,
      origin: out.origin,
    };
    if (cluster.ClusterType === 'SERVERLESS') {
      // MSK Serverless accepts only TLS (with IAM authentication) and encrypts all traffic in transit.
      out.add({ ...base, clientBroker: 'TLS', inCluster: true });
      continue;
    }
    const place = describePlace(`MSK cluster ${name}`);
    const inTransit = cluster.Provisioned?.EncryptionInfo?.EncryptionInTransit;
    out.add({
      ...base,
      clientBroker: setting(inTransit?.ClientBroker, place, 'EncryptionInTransit.ClientBroker'),
      inCluster: setting(inTransit?.InCluster, place, 'EncryptionInTransit.InCluster', MSK_IN_CLUSTER),
    });
  }
}
