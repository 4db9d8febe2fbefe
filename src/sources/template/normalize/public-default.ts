/**
 * RDS's documented default for an unset `PubliclyAccessible`: public when the
 * subnets' VPC has an internet gateway attached, private otherwise. Decided
 * only when the subnet group, its subnets, their VPC and every internet
 * gateway are in the templates; otherwise the fact stays Unknown.
 */
import { isAuroraEngine } from '../../../inventory/facts/db-public-access.js';
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type { DbCluster, DbInstance, Resource, ResourceType } from '../../../inventory/model.js';
import { valueAt, type TemplateIndex } from './context.js';

/** VPC id (or `*`: any VPC) -> why an internet gateway attachment to it could not be resolved. */
export type UnresolvedGateways = ReadonlyMap<string, string>;

function defaultPublicAccess(
  db: DbInstance | DbCluster,
  byId: ReadonlyMap<string, Resource>,
  index: TemplateIndex,
  gateways: Resource[],
  unresolvedGateways: UnresolvedGateways,
): Maybe<boolean> {
  const why = (reason: string): Unknown =>
    unknown(
      `${db.id}: PubliclyAccessible is not set, and ${reason}, so the RDS default (public when the VPC has an internet gateway) cannot be decided`,
    );
  if (db.subnetGroupId === undefined) return why('the database uses the default VPC');
  if (db.subnetGroupId instanceof Unknown) return why(db.subnetGroupId.reason);
  const group = byId.get(db.subnetGroupId);
  if (group?.type !== 'rds-db-subnet-group')
    return why(`subnet group ${db.subnetGroupId} is not in the templates`);
  if (group.subnetIds instanceof Unknown) return why(group.subnetIds.reason);
  const vpcIds = new Set<string>();
  for (const subnetId of group.subnetIds) {
    const subnet = byId.get(subnetId);
    if (subnet?.type !== 'ec2-subnet') return why(`subnet ${subnetId} is not in the templates`);
    if (subnet.vpcId instanceof Unknown) return why(subnet.vpcId.reason);
    if (index.get(subnet.vpcId)?.cfnType !== 'AWS::EC2::VPC')
      return why(`VPC ${subnet.vpcId} is not in the templates`);
    vpcIds.add(subnet.vpcId);
  }
  for (const vpcId of [...vpcIds, '*']) {
    const unresolved = unresolvedGateways.get(vpcId);
    if (unresolved) return why(unresolved);
  }
  for (const gateway of gateways) {
    if (gateway.type !== 'ec2-internet-gateway') continue;
    if (gateway.vpcIds instanceof Unknown) return why(gateway.vpcIds.reason);
    const vpcId = gateway.vpcIds.find((attached) => vpcIds.has(attached));
    if (vpcId !== undefined) {
      db.publiclyAccessibleDefault = `PubliclyAccessible is not set, and VPC ${vpcId} has internet gateway ${gateway.id} attached: RDS makes the database public by default`;
      return true;
    }
  }
  db.publiclyAccessibleDefault = `PubliclyAccessible is not set, and VPC ${[...vpcIds].join(', ')} has no internet gateway: RDS makes the database private by default`;
  return false;
}

/**
 * The normalized types this default is decided from, by the type it decides
 * for: a scan that normalizes a database must normalize these too, or the
 * database would look private for want of a gateway (typesToNormalize).
 */
export const PUBLIC_DEFAULT_READS: Partial<Record<ResourceType, readonly ResourceType[]>> = {
  'rds-db-instance': ['rds-db-subnet-group', 'ec2-subnet', 'ec2-internet-gateway'],
  'rds-db-cluster': ['rds-db-subnet-group', 'ec2-subnet', 'ec2-internet-gateway'],
};

export function applyPublicAccessDefaults(
  resources: Resource[],
  index: TemplateIndex,
  unresolvedGateways: UnresolvedGateways,
): void {
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  const gateways = resources.filter((resource) => resource.type === 'ec2-internet-gateway');
  for (const resource of resources) {
    // Aurora clusters leave it to their instances; a cluster whose engine is unknown stays Unknown.
    const decides =
      resource.type === 'rds-db-instance' ||
      (resource.type === 'rds-db-cluster' &&
        typeof resource.engine === 'string' &&
        !isAuroraEngine(resource.engine));
    if (!decides) continue;
    const source = index.get(resource.id);
    if (source && valueAt(source, 'PubliclyAccessible') === undefined) {
      resource.publiclyAccessible = defaultPublicAccess(resource, byId, index, gateways, unresolvedGateways);
    }
  }
}
