/** Whether an RDS database is publicly accessible, and when the question belongs to its instances. */
import { isUnknown, type Maybe } from '../maybe.js';
import { absent, required, type Place, type Raw } from './place.js';

/**
 * RDS's default for an unset PubliclyAccessible (CreateDBInstance and
 * CreateDBCluster `PubliclyAccessible`, "Default: The default behavior varies
 * depending on whether DBSubnetGroupName is specified"): public when the
 * subnets' VPC has an internet gateway attached, private otherwise. It needs
 * the VPC's gateways, so the template source decides it once every resource is
 * read; until then the fact is Unknown with this reason.
 */
export const RDS_PUBLIC_DEFAULT =
  "RDS's default depends on whether the DB subnet group's VPC has an internet gateway";

/** Aurora engines (`aurora-mysql`, `aurora-postgresql`, legacy `aurora`): RDS API `Engine`. */
export function isAuroraEngine(engine: Maybe<string | undefined>): boolean {
  return typeof engine === 'string' && engine.startsWith('aurora');
}

export function publiclyAccessible(value: Raw<boolean>, place: Place): Maybe<boolean> {
  if (value !== undefined) return value;
  return absent(place, 'PubliclyAccessible', place.from === 'create' ? RDS_PUBLIC_DEFAULT : undefined);
}

/**
 * A DB cluster's public accessibility. An Aurora cluster has none of its own
 * (each instance carries it): undefined, decided only on an engine known to be
 * Aurora. A Multi-AZ DB cluster (any other engine) is judged like an instance.
 * `Engine` is required (CreateDBCluster) and always returned (DescribeDBClusters).
 */
export function clusterPubliclyAccessible(
  fields: { engine: Raw<string>; publiclyAccessible: Raw<boolean> },
  place: Place,
): Maybe<boolean | undefined> {
  const engine = required(fields.engine, place, 'Engine');
  if (isUnknown(engine)) return engine;
  if (isAuroraEngine(engine)) return undefined;
  return publiclyAccessible(fields.publiclyAccessible, place);
}
