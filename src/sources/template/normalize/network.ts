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
import { isValueObject, type Value } from '../values.js';
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
    fromPort: numberFact(view, 'FromPort'),
    toPort: numberFact(view, 'ToPort'),
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
