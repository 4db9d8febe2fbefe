import { DAX_ENDPOINT_ENCRYPTION } from '../../../../inventory/facts/analytics.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { setting } from '../../../../inventory/facts/setting.js';
import type { Output } from '../../normalize/raw.js';
import { DESCRIBE_CLUSTERS } from './calls.js';

export function normalizeDax(out: Output): void {
  const clusters = out.list(DESCRIBE_CLUSTERS, ['dax-cluster']).flatMap((page) => page.Clusters ?? []);
  for (const cluster of clusters) {
    const name = cluster.ClusterName;
    if (!name) continue;
    const arn = cluster.ClusterArn ?? `arn:${out.partition}:dax:${out.region}:${out.account}:cache/${name}`;
    out.add({
      type: 'dax-cluster',
      id: arn,
      arn,
      name,
      region: out.region,
      origin: out.origin,
      endpointEncryption: setting(
        cluster.ClusterEndpointEncryptionType,
        describePlace(`DAX cluster ${name}`),
        'ClusterEndpointEncryptionType',
        DAX_ENDPOINT_ENCRYPTION,
      ),
    });
  }
}
