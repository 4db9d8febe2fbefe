/**
 * Which list calls of a live scan AWS Config can answer, and how a
 * configuration item becomes an item of that call's response. A Config scan
 * answers these calls from recorded configuration items and sends every other
 * call directly, so the live NORMALIZE step, the one mapping into the
 * inventory, reads the same shapes from both.
 *
 * Configuration items of these types hold the service's Describe output as
 * the AWS SDK for Java v1 serialized it: the same fields, the first letter
 * lower-cased (`dBInstanceIdentifier`), with a few renamed ones fixed below.
 * A call is adapted only when its Config type holds every item the call
 * lists: DescribeDBClusters also lists Neptune and DocumentDB clusters, which
 * Config records under other types, so it stays a direct call.
 */
import type { JsonValue } from '../../engine/rule.js';
import type { AnyCall } from '../live/service.js';
import {
  DESCRIBE_INTERNET_GATEWAYS,
  DESCRIBE_ROUTE_TABLES,
  DESCRIBE_SECURITY_GROUPS,
  DESCRIBE_SUBNETS,
  DESCRIBE_VOLUMES,
} from '../live/services/ec2/calls.js';
import { DESCRIBE_DB_INSTANCES, DESCRIBE_DB_SUBNET_GROUPS } from '../live/services/rds/calls.js';

export interface CallAdapter {
  /** The list call answered, sent without parameters by its fetcher. */
  call: AnyCall;
  /** The Config resource type whose items answer it. */
  resourceType: string;
  /** The response field holding the list (`Volumes`). */
  listField: string;
  /** Renames beyond the first letter, for this type's items. */
  fixItem?: (item: Record<string, JsonValue>) => Record<string, JsonValue>;
}

type JsonObject = Record<string, JsonValue>;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `dBInstanceIdentifier` -> `DBInstanceIdentifier`, all the way down; values untouched. */
export function describeShape(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(describeShape);
  if (!isObject(value)) return value;
  const shaped: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    shaped[key.charAt(0).toUpperCase() + key.slice(1)] = describeShape(inner);
  }
  return shaped;
}

/**
 * Security group permissions: Config keeps the IPv4 sources as `ipv4Ranges`
 * (objects, as Describe's `IpRanges`) beside a legacy `ipRanges` list of bare
 * CIDR strings. Describe's `IpRanges` is the former.
 */
function fixPermissions(permissions: JsonValue | undefined): JsonValue | undefined {
  if (!Array.isArray(permissions)) return permissions;
  return permissions.map((permission) => {
    if (!isObject(permission)) return permission;
    const { Ipv4Ranges, IpRanges: legacyStrings, ...rest } = permission;
    void legacyStrings;
    return Ipv4Ranges === undefined ? rest : { ...rest, IpRanges: Ipv4Ranges };
  });
}

function fixSecurityGroup(group: JsonObject): JsonObject {
  const fixed: JsonObject = { ...group };
  const ingress = fixPermissions(group.IpPermissions);
  const egress = fixPermissions(group.IpPermissionsEgress);
  if (ingress !== undefined) fixed.IpPermissions = ingress;
  if (egress !== undefined) fixed.IpPermissionsEgress = egress;
  return fixed;
}

export const CALL_ADAPTERS: readonly CallAdapter[] = [
  { call: DESCRIBE_VOLUMES, resourceType: 'AWS::EC2::Volume', listField: 'Volumes' },
  {
    call: DESCRIBE_SECURITY_GROUPS,
    resourceType: 'AWS::EC2::SecurityGroup',
    listField: 'SecurityGroups',
    fixItem: fixSecurityGroup,
  },
  { call: DESCRIBE_SUBNETS, resourceType: 'AWS::EC2::Subnet', listField: 'Subnets' },
  { call: DESCRIBE_ROUTE_TABLES, resourceType: 'AWS::EC2::RouteTable', listField: 'RouteTables' },
  {
    call: DESCRIBE_INTERNET_GATEWAYS,
    resourceType: 'AWS::EC2::InternetGateway',
    listField: 'InternetGateways',
  },
  { call: DESCRIBE_DB_INSTANCES, resourceType: 'AWS::RDS::DBInstance', listField: 'DBInstances' },
  { call: DESCRIBE_DB_SUBNET_GROUPS, resourceType: 'AWS::RDS::DBSubnetGroup', listField: 'DBSubnetGroups' },
];

/** A configuration item's `configuration` as an item of the adapted call's response. */
export function itemOf(adapter: CallAdapter, configuration: JsonValue): JsonObject | undefined {
  const shaped = describeShape(configuration);
  if (!isObject(shaped)) return undefined;
  return adapter.fixItem ? adapter.fixItem(shaped) : shaped;
}
