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
): Maybe<SecurityGroupRule> {
  if (entry instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${entry.reason}`);
  if (!isValueObject(entry)) return unknown(`${resource.logicalId}.${path}: not a rule`);
  const view: TemplateResource = { ...resource, properties: entry };
  const protocol = stringFact(view, 'IpProtocol');
  const fromPort = numberFact(view, 'FromPort');
  const toPort = numberFact(view, 'ToPort');
  const cidr =
    stringFact(view, 'CidrIp') ?? stringFact(view, 'CidrIpv6') ?? stringFact(view, 'SourcePrefixListId');
  const sourceGroupId = linkFact(view, 'SourceSecurityGroupId');
  for (const value of [protocol, fromPort, toPort, cidr, sourceGroupId]) {
    if (value instanceof Unknown) return unknown(`${resource.logicalId}.${path}: ${value.reason}`);
  }
  return {
    protocol: protocol === undefined ? 'unknown' : String(protocol),
    fromPort: fromPort as number | undefined,
    toPort: toPort as number | undefined,
    cidr: cidr as string | undefined,
    sourceGroupId: sourceGroupId as string | undefined,
  };
}

export function securityGroup(resource: TemplateResource): SecurityGroup {
  const entries = valueAt(resource, 'SecurityGroupIngress');
  let ingress: Maybe<SecurityGroupRule[]>;
  if (entries instanceof Unknown)
    ingress = unknown(`${resource.logicalId}.SecurityGroupIngress: ${entries.reason}`);
  else {
    const rules: SecurityGroupRule[] = [];
    ingress = rules;
    for (const [index, entry] of (Array.isArray(entries) ? entries : []).entries()) {
      const rule = ingressRule(resource, entry, `SecurityGroupIngress[${index}]`);
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
