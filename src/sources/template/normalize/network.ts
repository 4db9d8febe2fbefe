/** VPC networking: subnets, route tables (routes and associations attached later), gateways, security groups. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  InternetGateway,
  RouteTable,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from '../../../inventory/model.js';
import { createPlace, type Raw } from '../../../inventory/facts/place.js';
import {
  securityGroupIngress,
  securityGroupRules,
  type IngressPermission,
} from '../../../inventory/facts/security-group-rules.js';
import { ResourceRef, isValueObject, type Value } from '../values.js';
import { engineFact } from './database.js';
import {
  baseOf,
  boolFact,
  linkFact,
  numberFact,
  requireKnown,
  stringFact,
  valueAt,
  type TemplateIndex,
  type TemplateResource,
} from './context.js';

export function subnet(resource: TemplateResource): Subnet {
  return {
    type: 'ec2-subnet',
    ...baseOf(resource),
    vpcId: requireKnown(linkFact(resource, 'VpcId'), resource, 'VpcId'),
    mapPublicIpOnLaunch: boolFact(resource, 'MapPublicIpOnLaunch', false),
  };
}

/** The local route every route table has. */
export const LOCAL_ROUTE = { destination: 'local', target: { kind: 'local' } } as const;

export function routeTable(resource: TemplateResource): RouteTable {
  return {
    type: 'ec2-route-table',
    ...baseOf(resource),
    vpcId: requireKnown(linkFact(resource, 'VpcId'), resource, 'VpcId'),
    isMain: false,
    subnetIds: [],
    routes: [{ ...LOCAL_ROUTE }],
  };
}

export function internetGateway(resource: TemplateResource): InternetGateway {
  return { type: 'ec2-internet-gateway', ...baseOf(resource), vpcIds: [] };
}

/**
 * The raw fields of one ingress permission: a `SecurityGroupIngress` entry
 * (`path` below the group) or an `AWS::EC2::SecurityGroupIngress` resource.
 */
function ingressPermission(
  resource: TemplateResource,
  entry: Value,
  path: string | undefined,
  index: TemplateIndex,
): Maybe<IngressPermission> {
  const label = path === undefined ? resource.logicalId : `${resource.logicalId}.${path}`;
  if (entry instanceof Unknown) return unknown(`${label}: ${entry.reason}`);
  if (!isValueObject(entry)) return unknown(`${label}: not a rule`);
  const view: TemplateResource = { ...resource, logicalId: label, properties: entry };
  const listOf = (value: Maybe<string | undefined>): Raw<string[]> =>
    value === undefined || value instanceof Unknown ? value : [value];
  const prefixListId = linkFact(view, 'SourcePrefixListId');
  return {
    protocol: stringFact(view, 'IpProtocol'),
    fromPort: portFact(view, 'FromPort', index),
    toPort: portFact(view, 'ToPort', index),
    ipv4Cidrs: listOf(stringFact(view, 'CidrIp')),
    ipv6Cidrs: listOf(stringFact(view, 'CidrIpv6')),
    prefixLists:
      typeof prefixListId === 'string'
        ? [{ id: prefixListId, cidrs: prefixListCidrs(prefixListId, index) }]
        : prefixListId,
    // A group named by SourceSecurityGroupName (default VPC) is a group source too.
    sourceGroupIds: listOf(
      linkFact(view, 'SourceSecurityGroupId') ?? stringFact(view, 'SourceSecurityGroupName'),
    ),
  };
}

/**
 * A rule's port. `Fn::GetAtt Db.Endpoint.Port` of an RDS instance or cluster
 * in the scanned templates (what CDK writes for `db.connections.allowDefaultPortFrom...`)
 * is the port the template gives it, or the engine's default when it sets none.
 */
function portFact(view: TemplateResource, field: string, index: TemplateIndex): Maybe<number | undefined> {
  const value = valueAt(view, field);
  if (value instanceof ResourceRef && value.attribute === 'Endpoint.Port') {
    const database = index.get(value.id);
    const port = database === undefined ? undefined : databasePort(database, index);
    if (typeof port === 'number') return port;
  }
  return numberFact(view, field);
}

/**
 * Default ports: RDS API CreateDBInstance `Port` (Db2 50000, MariaDB 3306, SQL Server 1433,
 * MySQL 3306, Oracle 1521, PostgreSQL 5432; an Aurora instance takes its cluster's) and
 * CreateDBCluster `Port` (MySQL and Aurora MySQL 3306, PostgreSQL and Aurora PostgreSQL 5432).
 */
const INSTANCE_DEFAULT_PORTS: readonly [RegExp, number][] = [
  [/^db2-/, 50000],
  [/^(mariadb|mysql)$/, 3306],
  [/^(custom-)?sqlserver-/, 1433],
  [/^(custom-)?oracle-/, 1521],
  [/^postgres$/, 5432],
];
const CLUSTER_DEFAULT_PORTS: readonly [RegExp, number][] = [
  [/^(aurora|aurora-mysql|mysql)$/, 3306],
  [/^(aurora-postgresql|postgres)$/, 5432],
];

/**
 * Sources whose port a restored or replicated database inherits (CreateDBInstanceReadReplica
 * `Port`: "Inherits from the source DB instance"; a snapshot restore keeps the original's):
 * its port is not decided by the template.
 */
const INHERITED_FROM = [
  'DBSnapshotIdentifier',
  'SnapshotIdentifier',
  'SourceDBInstanceIdentifier',
  'SourceDBInstanceAutomatedBackupsArn',
  'SourceDbiResourceId',
  'SourceDBClusterIdentifier',
  'SourceDbClusterResourceId',
  'ReplicationSourceIdentifier',
];

/** The port a template database listens on, undefined when the template does not decide it. */
function databasePort(database: TemplateResource, index: TemplateIndex, depth = 0): number | undefined {
  const isInstance = database.cfnType === 'AWS::RDS::DBInstance';
  if (!isInstance && database.cfnType !== 'AWS::RDS::DBCluster') return undefined;
  const port = numberFact(database, 'Port');
  if (port !== undefined) return typeof port === 'number' ? port : undefined;
  if (INHERITED_FROM.some((path) => valueAt(database, path) !== undefined)) return undefined;
  if (isInstance) {
    const cluster = valueAt(database, 'DBClusterIdentifier');
    if (cluster !== undefined) {
      // An Aurora instance listens on its cluster's port.
      const resource = cluster instanceof ResourceRef && depth === 0 ? index.get(cluster.id) : undefined;
      return resource?.cfnType === 'AWS::RDS::DBCluster' ? databasePort(resource, index, 1) : undefined;
    }
  }
  const engine = engineFact(database);
  if (typeof engine !== 'string') return undefined;
  const defaults = isInstance ? INSTANCE_DEFAULT_PORTS : CLUSTER_DEFAULT_PORTS;
  return defaults.find(([pattern]) => pattern.test(engine))?.[1];
}

/** The rules of an `AWS::EC2::SecurityGroupIngress` resource. */
export function standaloneIngressRules(
  resource: TemplateResource,
  index: TemplateIndex,
): Maybe<SecurityGroupRule[]> {
  const permission = ingressPermission(resource, resource.properties, undefined, index);
  return permission instanceof Unknown
    ? permission
    : securityGroupRules(permission, createPlace(resource.logicalId));
}

/** The CIDRs of a prefix list defined in the scanned templates; Unknown for any other. */
function prefixListCidrs(prefixListId: string, index: TemplateIndex): Maybe<string[]> {
  const list = index.get(prefixListId);
  if (list?.cfnType !== 'AWS::EC2::PrefixList') {
    return unknown(
      `prefix list ${prefixListId} is not defined in the scanned templates, so the addresses it holds are unknown`,
    );
  }
  const entries = valueAt(list, 'Entries');
  if (entries instanceof Unknown) return unknown(`${list.logicalId}.Entries: ${entries.reason}`);
  const cidrs: string[] = [];
  for (const [position, entry] of (Array.isArray(entries) ? entries : []).entries()) {
    const cidr = requireKnown(
      stringFact({ ...list, properties: isValueObject(entry) ? entry : {} }, 'Cidr'),
      list,
      `Entries[${position}].Cidr`,
    );
    if (cidr instanceof Unknown) return unknown(`${list.logicalId}.Entries[${position}]: ${cidr.reason}`);
    cidrs.push(cidr);
  }
  return cidrs;
}

export function securityGroup(resource: TemplateResource, index: TemplateIndex): SecurityGroup {
  const field = 'SecurityGroupIngress';
  const entries = valueAt(resource, field);
  let permissions: Raw<Maybe<IngressPermission>[]>;
  if (entries instanceof Unknown) permissions = unknown(`${resource.logicalId}.${field}: ${entries.reason}`);
  else if (entries === undefined || entries === null) permissions = undefined;
  else if (!Array.isArray(entries)) permissions = unknown(`${resource.logicalId}.${field}: not a list`);
  else
    permissions = entries.map((entry, position) =>
      ingressPermission(resource, entry, `${field}[${position}]`, index),
    );
  return {
    type: 'ec2-security-group',
    ...baseOf(resource, 'GroupName'),
    vpcId: linkFact(resource, 'VpcId'),
    ingress: securityGroupIngress(permissions, createPlace(resource.logicalId), field),
  };
}
