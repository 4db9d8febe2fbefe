import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export const redshift: ServiceDefinition = {
  signingName: 'redshift',
  protocol: 'query',
  load: () => import('@aws-sdk/client-redshift'),
  xmlNamespace: 'http://redshift.amazonaws.com/doc/2012-12-01/',
  operations: {
    DescribeClusters: (ctx) => {
      let clusters = regionOf(ctx).redshift?.clusters ?? [];
      const wanted = ctx.params.ClusterIdentifier;
      if (wanted !== undefined) {
        clusters = clusters.filter((cluster) => cluster.ClusterIdentifier === wanted);
        if (clusters.length === 0) throw notFound('ClusterNotFound', `Cluster ${wanted} not found.`);
      }
      const page = paginate(
        clusters,
        ctx.params.Marker,
        ctx.pageSize(ctx.params.MaxRecords),
        ctx.action,
        'InvalidParameterValue',
      );
      return { Clusters: page.items, Marker: page.next };
    },
    DescribeLoggingStatus: (ctx) => {
      const id = required(ctx.params.ClusterIdentifier, 'ClusterIdentifier');
      const data = regionOf(ctx).redshift;
      if (!data?.clusters.some((cluster) => cluster.ClusterIdentifier === id))
        throw notFound('ClusterNotFound', `Cluster ${id} not found.`);
      const enabled = data.loggingEnabled?.[id] ?? false;
      return enabled
        ? { LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog'] }
        : { LoggingEnabled: false };
    },
    DescribeClusterParameters: (ctx) => {
      const name = required(ctx.params.ParameterGroupName, 'ParameterGroupName');
      const parameters = regionOf(ctx).redshift?.parameterGroups?.[name];
      if (!parameters) throw notFound('ClusterParameterGroupNotFound', `Parameter group ${name} not found.`);
      const page = paginate(
        parameters,
        ctx.params.Marker,
        ctx.pageSize(ctx.params.MaxRecords),
        ctx.action,
        'InvalidParameterValue',
      );
      return { Parameters: page.items, Marker: page.next };
    },
  },
};
