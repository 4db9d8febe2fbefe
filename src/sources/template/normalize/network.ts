/** VPC networking: subnets, route tables (routes and associations attached later), gateways, security groups. */
import { Unknown, unknown, type Maybe } from '../../../inventory/maybe.js';
import type {
  InternetGateway,
  RouteTable,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
} from '../../../inventory/model.js';
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
    ...baseOf(resource),
    type: 'ec2-subnet',
    vpcId: requireKnown(linkFact(resource, 'VpcId'), resource, 'VpcId'),
    mapPublicIpOnLaunch: boolFact(resource, 'MapPublicIpOnLaunch', false),
  };
}

/** The local route every route table has. */
export const LOCAL_ROUTE = { destination: 'local', target: { kind: 'local' } } as const;

export function routeTable(resource: TemplateResource): RouteTable {
  return {
    ...baseOf(resource),
    type: 'ec2-route-table',
    vpcId: requireKnown(linkFact(resource, 'VpcId'), resource, 'VpcId'),
    isMain: false,
    subnetIds: [],
    routes: [{ ...LOCAL_ROUTE }],
  };
}

export function internetGateway(resource: TemplateResource): InternetGateway {
  return { ...baseOf(resource), type: 'ec2-internet-gateway', vpcIds: [] };
}

/** One ingress rule from a `SecurityGroupIngress` entry or an `AWS::EC2::SecurityGroupIngress` resource. */
export function ingressRule(
  resource: TemplateResource,
  entry: Value,
  path: string,
  index: TemplateIndex,
): Maybe<SecurityGroupRule> {
  if (entry instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${entry.reason}`);
  if (!isValueObject(entry)) return unknown(`${resource.logicalId}.${path}: not a rule`);
  const view: TemplateResource = { ...resource, properties: entry };
  // IpProtocol is required (CloudFormation and the EC2 API reject a rule without it); -1 means all.
  const protocol = requireKnown(stringFact(view, 'IpProtocol'), view, 'IpProtocol');
  const fromPort = numberFact(view, 'FromPort');
  const toPort = numberFact(view, 'ToPort');
  const cidr = stringFact(view, 'CidrIp') ?? stringFact(view, 'CidrIpv6');
  const prefixListId = linkFact(view, 'SourcePrefixListId');
  const sourceGroupId = linkFact(view, 'SourceSecurityGroupId');
  for (const value of [protocol, fromPort, toPort, cidr, prefixListId, sourceGroupId]) {
    if (value instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${value.reason}`);
  }
  const rule: SecurityGroupRule = {
    protocol: protocol as string,
    fromPort: fromPort as number | undefined,
    toPort: toPort as number | undefined,
    cidr: cidr as string | undefined,
    sourceGroupId: sourceGroupId as string | undefined,
  };
  if (typeof prefixListId === 'string') {
    rule.prefixListId = prefixListId;
    rule.prefixListCidrs = prefixListCidrs(prefixListId, index);
  }
  return rule;
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
  const entries = valueAt(resource, 'SecurityGroupIngress');
  let ingress: Maybe<SecurityGroupRule[]>;
  if (entries instanceof Unknown)
    ingress = unknown(`${resource.logicalId}.SecurityGroupIngress: ${entries.reason}`);
  else {
    const rules: SecurityGroupRule[] = [];
    ingress = rules;
    for (const [position, entry] of (Array.isArray(entries) ? entries : []).entries()) {
      const rule = ingressRule(resource, entry, `SecurityGroupIngress[${position}]`, index);
      if (rule instanceof Unknown) {
        ingress = rule;
        break;
      }
      rules.push(rule);
    }
  }
  return {
    ...baseOf(resource, 'GroupName'),
    type: 'ec2-security-group',
    vpcId: linkFact(resource, 'VpcId'),
    ingress,
  };
}
