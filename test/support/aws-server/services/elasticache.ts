import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

export const elasticache: ServiceDefinition = {
  signingName: 'elasticache',
  protocol: 'query',
  load: () => import('@aws-sdk/client-elasticache'),
  xmlNamespace: 'http://elasticache.amazonaws.com/doc/2015-02-02/',
  operations: {
    DescribeReplicationGroups: (ctx) => {
      let groups = regionOf(ctx).elasticache?.replicationGroups ?? [];
      const wanted = ctx.params.ReplicationGroupId;
      if (wanted !== undefined) {
        groups = groups.filter((group) => group.ReplicationGroupId === wanted);
        if (groups.length === 0)
          throw notFound('ReplicationGroupNotFoundFault', `ReplicationGroup ${wanted} not found.`);
      }
      const page = paginate(
        groups,
        ctx.params.Marker,
        ctx.pageSize(ctx.params.MaxRecords),
        ctx.action,
        'InvalidParameterValue',
      );
      return { ReplicationGroups: page.items, Marker: page.next };
    },
    DescribeCacheClusters: (ctx) => {
      let clusters = regionOf(ctx).elasticache?.cacheClusters ?? [];
      const wanted = ctx.params.CacheClusterId;
      if (wanted !== undefined) {
        clusters = clusters.filter((cluster) => cluster.CacheClusterId === wanted);
        if (clusters.length === 0)
          throw notFound('CacheClusterNotFound', `CacheCluster ${wanted} not found.`);
      }
      const page = paginate(
        clusters,
        ctx.params.Marker,
        ctx.pageSize(ctx.params.MaxRecords),
        ctx.action,
        'InvalidParameterValue',
      );
      return { CacheClusters: page.items, Marker: page.next };
    },
  },
};
