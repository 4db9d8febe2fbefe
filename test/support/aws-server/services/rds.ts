import type { Parameter } from '@aws-sdk/client-rds';
import { notFound } from '../aws-error.js';
import { paginate } from '../paginate.js';
import type { CallContext, ServiceDefinition } from '../service.js';
import { regionOf } from './common.js';

function describe<T>(
  ctx: CallContext,
  items: readonly T[],
  idParam: string,
  idOf: (item: T) => string | undefined,
  notFoundCode: string,
  what: string,
) {
  const wanted = ctx.params[idParam];
  let selected = items;
  if (wanted !== undefined) {
    selected = items.filter(
      (item) => idOf(item) === wanted || (item as { [k: string]: unknown }).DBInstanceArn === wanted,
    );
    if (selected.length === 0) throw notFound(notFoundCode, `${what} ${wanted} not found.`);
  }
  const page = paginate(
    selected,
    ctx.params.Marker,
    ctx.pageSize(ctx.params.MaxRecords),
    ctx.action,
    'InvalidParameterValue',
  );
  return { items: page.items, Marker: page.next };
}

/** One page of a parameter group's parameters (RDS pages them at most 100 at a time). */
function parameters(
  ctx: CallContext,
  groups: Record<string, Parameter[]> | undefined,
  name: string | undefined,
  notFoundCode: string,
) {
  // RDS answers for every default group; one not configured here has every parameter at its engine default.
  const group =
    name === undefined ? undefined : (groups?.[name] ?? (name.startsWith('default.') ? [] : undefined));
  if (!group) throw notFound(notFoundCode, `DBParameterGroup not found: ${name}`);
  const page = paginate(
    group,
    ctx.params.Marker,
    ctx.pageSize(ctx.params.MaxRecords),
    ctx.action,
    'InvalidParameterValue',
  );
  return { Parameters: page.items, Marker: page.next };
}

export const rds: ServiceDefinition = {
  signingName: 'rds',
  protocol: 'query',
  load: () => import('@aws-sdk/client-rds'),
  xmlNamespace: 'http://rds.amazonaws.com/doc/2014-10-31/',
  operations: {
    DescribeDBInstances: (ctx) => {
      const { items, Marker } = describe(
        ctx,
        regionOf(ctx).rds?.instances ?? [],
        'DBInstanceIdentifier',
        (db) => db.DBInstanceIdentifier,
        'DBInstanceNotFound',
        'DBInstance',
      );
      return { DBInstances: items, Marker };
    },
    DescribeDBClusters: (ctx) => {
      const { items, Marker } = describe(
        ctx,
        regionOf(ctx).rds?.clusters ?? [],
        'DBClusterIdentifier',
        (c) => c.DBClusterIdentifier,
        'DBClusterNotFoundFault',
        'DBCluster',
      );
      return { DBClusters: items, Marker };
    },
    DescribeDBSnapshots: (ctx) => {
      const { items, Marker } = describe(
        ctx,
        regionOf(ctx).rds?.snapshots ?? [],
        'DBSnapshotIdentifier',
        (s) => s.DBSnapshotIdentifier,
        'DBSnapshotNotFound',
        'DBSnapshot',
      );
      return { DBSnapshots: items, Marker };
    },
    DescribeDBClusterSnapshots: (ctx) => {
      const { items, Marker } = describe(
        ctx,
        regionOf(ctx).rds?.clusterSnapshots ?? [],
        'DBClusterSnapshotIdentifier',
        (s) => s.DBClusterSnapshotIdentifier,
        'DBClusterSnapshotNotFoundFault',
        'DBClusterSnapshot',
      );
      return { DBClusterSnapshots: items, Marker };
    },
    DescribeDBSnapshotAttributes: (ctx) => {
      const id = ctx.params.DBSnapshotIdentifier ?? '';
      if (!(regionOf(ctx).rds?.snapshots ?? []).some((s) => s.DBSnapshotIdentifier === id))
        throw notFound('DBSnapshotNotFound', `DBSnapshot ${id} not found.`);
      const restorers = (regionOf(ctx).rds?.publicSnapshots ?? []).includes(id) ? ['all'] : [];
      return {
        DBSnapshotAttributesResult: {
          DBSnapshotIdentifier: id,
          DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restorers }],
        },
      };
    },
    DescribeDBClusterSnapshotAttributes: (ctx) => {
      const id = ctx.params.DBClusterSnapshotIdentifier ?? '';
      if (!(regionOf(ctx).rds?.clusterSnapshots ?? []).some((s) => s.DBClusterSnapshotIdentifier === id))
        throw notFound('DBClusterSnapshotNotFoundFault', `DBClusterSnapshot ${id} not found.`);
      const restorers = (regionOf(ctx).rds?.publicSnapshots ?? []).includes(id) ? ['all'] : [];
      return {
        DBClusterSnapshotAttributesResult: {
          DBClusterSnapshotIdentifier: id,
          DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restorers }],
        },
      };
    },
    DescribeDBParameters: (ctx) =>
      parameters(
        ctx,
        regionOf(ctx).rds?.parameterGroups,
        ctx.params.DBParameterGroupName,
        'DBParameterGroupNotFound',
      ),
    DescribeDBClusterParameters: (ctx) =>
      parameters(
        ctx,
        regionOf(ctx).rds?.clusterParameterGroups,
        ctx.params.DBClusterParameterGroupName,
        'DBParameterGroupNotFound',
      ),
    DescribeDBSubnetGroups: (ctx) => {
      const { items, Marker } = describe(
        ctx,
        regionOf(ctx).rds?.subnetGroups ?? [],
        'DBSubnetGroupName',
        (g) => g.DBSubnetGroupName,
        'DBSubnetGroupNotFoundFault',
        'DB subnet group',
      );
      return { DBSubnetGroups: items, Marker };
    },
  },
};
