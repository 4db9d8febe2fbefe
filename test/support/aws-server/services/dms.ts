import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function page<T>(ctx: CallContext, items: readonly T[]) {
  return paginate(
    items,
    ctx.body.Marker,
    ctx.pageSize(ctx.body.MaxRecords),
    ctx.action,
    'InvalidParameterValueException',
  );
}

export const dms: ServiceDefinition = {
  signingName: 'dms',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-database-migration-service'),
  operations: {
    DescribeEndpoints: (ctx) => {
      const { items, next } = page(ctx, regionOf(ctx).dms?.endpoints ?? []);
      return { Endpoints: items, Marker: next };
    },
    DescribeReplicationInstances: (ctx) => {
      const { items, next } = page(ctx, regionOf(ctx).dms?.replicationInstances ?? []);
      return { ReplicationInstances: items, Marker: next };
    },
    DescribeReplicationTasks: (ctx) => {
      const tasks = regionOf(ctx).dms?.replicationTasks ?? [];
      const withoutSettings = ctx.body.WithoutSettings === true;
      const { items, next } = page(
        ctx,
        withoutSettings ? tasks.map(({ ReplicationTaskSettings: _settings, ...task }) => task) : tasks,
      );
      return { ReplicationTasks: items, Marker: next };
    },
  },
};
