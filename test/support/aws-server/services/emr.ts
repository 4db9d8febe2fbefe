import type { Cluster } from '@aws-sdk/client-emr';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { stringField, type ServiceDefinition } from '../service.js';
import { regionOf, required } from './common.js';

export interface FakeEmr {
  /** Described clusters; `Status.State` filters ListClusters (absent: RUNNING). */
  clusters: Cluster[];
  /** Security configuration documents (JSON objects) by name. */
  securityConfigurations?: Record<string, object>;
}

/** EMR's page size for ListClusters, which takes no page-size parameter. */
const CLUSTERS_PER_PAGE = 50;

function invalid(message: string): AwsError {
  return new AwsError('InvalidRequestException', message, 400);
}

function stateOf(cluster: Cluster): string {
  return cluster.Status?.State ?? 'RUNNING';
}

export const emr: ServiceDefinition = {
  signingName: 'elasticmapreduce',
  protocol: 'json',
  jsonVersion: '1.1',
  load: () => import('@aws-sdk/client-emr'),
  operations: {
    ListClusters: (ctx) => {
      const states = ctx.body.ClusterStates;
      const wanted = Array.isArray(states) ? new Set(states.map(String)) : undefined;
      const all = (regionOf(ctx).emr?.clusters ?? []).filter(
        (cluster) => !wanted || wanted.has(stateOf(cluster)),
      );
      const page = paginate(
        all,
        ctx.body.Marker,
        ctx.pageSize(CLUSTERS_PER_PAGE),
        ctx.action,
        'InvalidRequestException',
      );
      return {
        Clusters: page.items.map((cluster) => ({
          Id: cluster.Id,
          Name: cluster.Name,
          ClusterArn: cluster.ClusterArn,
          Status: { State: stateOf(cluster) },
        })),
        Marker: page.next,
      };
    },
    DescribeCluster: (ctx) => {
      const id = required(stringField(ctx.body, 'ClusterId'), 'ClusterId');
      const cluster = (regionOf(ctx).emr?.clusters ?? []).find((candidate) => candidate.Id === id);
      if (!cluster) throw invalid(`Cluster id '${id}' is not valid.`);
      return { Cluster: { ...cluster, Status: { State: stateOf(cluster) } } };
    },
    DescribeSecurityConfiguration: (ctx) => {
      const name = required(stringField(ctx.body, 'Name'), 'Name');
      const document = regionOf(ctx).emr?.securityConfigurations?.[name];
      if (!document) throw invalid(`Security configuration with name '${name}' does not exist.`);
      return {
        Name: name,
        SecurityConfiguration: JSON.stringify(document),
        CreationDateTime: new Date('2026-01-01T00:00:00Z'),
      };
    },
  },
};
