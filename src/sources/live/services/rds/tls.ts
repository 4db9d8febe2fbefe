/** Whether a database's parameter group forces TLS: which groups to read, and their answer per database. */
import type { Parameter } from '@aws-sdk/client-rds';
import { dbTlsRequirement } from '../../../../inventory/facts/db-tls.js';
import { tlsParameterOf } from '../../../../inventory/facts/db-tls.js';
import { describePlace } from '../../../../inventory/facts/place.js';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { DbTlsRequirement } from '../../../../inventory/model.js';
import { allPages, type Output } from '../../normalize/raw.js';
import { DESCRIBE_DB_CLUSTER_PARAMETERS, DESCRIBE_DB_PARAMETERS } from './calls.js';

/** The fields read, as both the SDK's answers and the recorded (JSON) ones have them. */
interface Instance {
  DBClusterIdentifier?: string;
  Engine?: string;
  EngineVersion?: string;
  DBParameterGroups?: { DBParameterGroupName?: string }[];
}
interface Cluster {
  Engine?: string;
  EngineVersion?: string;
  DBClusterParameterGroup?: string;
}

/** An instance's own parameter group decides only outside a cluster, and only on an engine with a TLS parameter. */
export function instanceTlsGroup(db: Instance): string | undefined {
  if (db.DBClusterIdentifier || !db.Engine || tlsParameterOf(db.Engine) === undefined) return undefined;
  return db.DBParameterGroups?.[0]?.DBParameterGroupName;
}

export function clusterTlsGroup(cluster: Cluster): string | undefined {
  if (!cluster.Engine || tlsParameterOf(cluster.Engine) === undefined) return undefined;
  return cluster.DBClusterParameterGroup;
}

function fromGroup(
  answer: { value?: { Parameters?: Parameter[] }[]; unknown?: Maybe<never>; notFound?: unknown },
  group: string,
): { groupName: Maybe<string>; valueOf: (parameter: string) => Maybe<string | undefined> } {
  if (answer.unknown) return { groupName: answer.unknown, valueOf: () => undefined };
  if (answer.notFound || answer.value === undefined) {
    return { groupName: unknown(`parameter group ${group} was not found`), valueOf: () => undefined };
  }
  const parameters = answer.value.flatMap((page) => page.Parameters ?? []);
  return {
    groupName: group,
    // A parameter listed without a value, or not listed, is at the engine default.
    valueOf: (name) => parameters.find((parameter) => parameter.ParameterName === name)?.ParameterValue,
  };
}

export function instanceTls(out: Output, db: Instance, name: string): Maybe<DbTlsRequirement> | undefined {
  if (db.DBClusterIdentifier) return undefined;
  const place = describePlace(`DB instance ${name}`);
  const group = instanceTlsGroup(db);
  const read =
    group === undefined
      ? {
          groupName: db.Engine
            ? unknown(`DB instance ${name}: no DB parameter group was returned`)
            : undefined,
          valueOf: () => undefined,
        }
      : fromGroup(allPages(out, DESCRIBE_DB_PARAMETERS, group), group);
  return dbTlsRequirement({ Engine: db.Engine, EngineVersion: db.EngineVersion, ...read }, place);
}

export function clusterTls(out: Output, cluster: Cluster, name: string): Maybe<DbTlsRequirement> {
  const place = describePlace(`DB cluster ${name}`);
  const group = clusterTlsGroup(cluster);
  const read =
    group === undefined
      ? {
          groupName: cluster.Engine
            ? unknown(`DB cluster ${name}: no DB cluster parameter group was returned`)
            : undefined,
          valueOf: () => undefined,
        }
      : fromGroup(allPages(out, DESCRIBE_DB_CLUSTER_PARAMETERS, group), group);
  return dbTlsRequirement({ Engine: cluster.Engine, EngineVersion: cluster.EngineVersion, ...read }, place);
}
