/**
 * AWS Config's configuration items for the fake's resources, as Config serves
 * them (SelectResourceConfig, BatchGetResourceConfig): each item's
 * `configuration` is the Describe output serialized the SDK-for-Java-v1 way,
 * first letters lower-cased, and security group sources kept twice (objects
 * in `ipv4Ranges`, bare CIDR strings in `ipRanges`).
 */
import type { FakeRegion } from '../account.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface FakeConfigItem {
  resourceType: string;
  resourceId: string;
  configuration: Json;
}

function configShape(value: unknown): Json {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(configShape);
  if (value === null || typeof value !== 'object') return value as Json;
  const shaped: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    shaped[key.charAt(0).toLowerCase() + key.slice(1)] = configShape(inner);
  }
  return shaped;
}

function permissionsShape(permissions: Json): Json {
  if (!Array.isArray(permissions)) return permissions;
  return permissions.map((permission) => {
    if (permission === null || typeof permission !== 'object' || Array.isArray(permission)) return permission;
    const { ipRanges, ...rest } = permission;
    const ranges = Array.isArray(ipRanges) ? ipRanges : [];
    return {
      ...rest,
      ipv4Ranges: ranges,
      ipRanges: ranges.flatMap((range) =>
        range !== null &&
        typeof range === 'object' &&
        !Array.isArray(range) &&
        typeof range.cidrIp === 'string'
          ? [range.cidrIp]
          : [],
      ),
    };
  });
}

function securityGroupShape(group: unknown): Json {
  const shaped = configShape(group) as { [key: string]: Json };
  if (shaped.ipPermissions !== undefined) shaped.ipPermissions = permissionsShape(shaped.ipPermissions);
  if (shaped.ipPermissionsEgress !== undefined)
    shaped.ipPermissionsEgress = permissionsShape(shaped.ipPermissionsEgress);
  return shaped;
}

function items<T>(
  resourceType: string,
  list: readonly T[] | undefined,
  idOf: (item: T) => string | undefined,
  shape: (item: T) => Json = configShape,
): FakeConfigItem[] {
  return (list ?? []).flatMap((item) => {
    const resourceId = idOf(item);
    return resourceId === undefined ? [] : [{ resourceType, resourceId, configuration: shape(item) }];
  });
}

/** Every configuration item of the region, of the types Config answers for in a `--source config` scan. */
export function configItemsOf(region: FakeRegion): FakeConfigItem[] {
  const ec2 = region.ec2 ?? {};
  const rds = region.rds ?? {};
  return [
    ...items('AWS::EC2::Volume', ec2.volumes, (volume) => volume.VolumeId),
    ...items('AWS::EC2::SecurityGroup', ec2.securityGroups, (group) => group.GroupId, securityGroupShape),
    ...items('AWS::EC2::Subnet', ec2.subnets, (subnet) => subnet.SubnetId),
    ...items('AWS::EC2::RouteTable', ec2.routeTables, (table) => table.RouteTableId),
    ...items('AWS::EC2::InternetGateway', ec2.internetGateways, (gateway) => gateway.InternetGatewayId),
    ...items('AWS::RDS::DBInstance', rds.instances, (db) => db.DbiResourceId ?? db.DBInstanceIdentifier),
    ...items('AWS::RDS::DBSubnetGroup', rds.subnetGroups, (group) => group.DBSubnetGroupName),
  ];
}
