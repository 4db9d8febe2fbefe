/**
 * Security-group ingress: one permission (a template `SecurityGroupIngress`
 * entry or `AWS::EC2::SecurityGroupIngress`, a live `IpPermissions[]` item)
 * becomes one rule per source.
 */
import { isUnknown, unknown, type Maybe } from '../maybe.js';
import type { SecurityGroupRule } from '../model.js';
import { absent, below, required, type Place, type Raw } from './place.js';

export interface PrefixListSource {
  id: string;
  /** The list's CIDRs, Unknown when its entries were not read. */
  cidrs: Maybe<string[]>;
}

export interface IngressPermission {
  protocol: Raw<string>;
  fromPort: Raw<number>;
  toPort: Raw<number>;
  /** Each list absent: the permission has no source of that kind. */
  ipv4Cidrs: Raw<string[]>;
  ipv6Cidrs: Raw<string[]>;
  prefixLists: Raw<PrefixListSource[]>;
  sourceGroupIds: Raw<string[]>;
}

/**
 * Why IpProtocol has no default: it is required by the EC2 API (`IpPermission.IpProtocol`,
 * AuthorizeSecurityGroupIngress) and by CloudFormation (AWS::EC2::SecurityGroup Ingress
 * `IpProtocol`, AWS::EC2::SecurityGroupIngress `IpProtocol`). Reading a missing one as
 * "no port" would hide an open port; reading it as "all ports" would guess.
 */
export const IP_PROTOCOL_REQUIRED =
  'required: EC2 API IpPermission.IpProtocol, CloudFormation AWS::EC2::SecurityGroup Ingress IpProtocol';

/**
 * A permission names at least one source: CloudFormation requires one of CidrIp,
 * CidrIpv6, SourcePrefixListId or SourceSecurityGroupId/Name, and EC2 returns every
 * permission with the sources it grants to. One with none was not read.
 */
export const SOURCE_REQUIRED =
  'a permission names at least one source: CidrIp, CidrIpv6, a prefix list or a security group';

export function securityGroupRules(permission: IngressPermission, place: Place): Maybe<SecurityGroupRule[]> {
  const protocol = required(permission.protocol, place, 'IpProtocol', IP_PROTOCOL_REQUIRED);
  const { fromPort, toPort, ipv4Cidrs, ipv6Cidrs, prefixLists, sourceGroupIds } = permission;
  for (const value of [protocol, fromPort, toPort, ipv4Cidrs, ipv6Cidrs, prefixLists, sourceGroupIds]) {
    if (isUnknown(value)) return value;
  }
  const lists = [ipv4Cidrs, ipv6Cidrs, prefixLists, sourceGroupIds];
  if (lists.every((list) => list === undefined || (list as unknown[]).length === 0)) {
    return unknown(`${place.field('source')}: none (${SOURCE_REQUIRED})`);
  }
  const base: SecurityGroupRule = { protocol: protocol as string };
  if (fromPort !== undefined) base.fromPort = fromPort as number;
  if (toPort !== undefined) base.toPort = toPort as number;
  const rules: SecurityGroupRule[] = [];
  for (const cidr of [
    ...((ipv4Cidrs as string[] | undefined) ?? []),
    ...((ipv6Cidrs as string[] | undefined) ?? []),
  ])
    rules.push({ ...base, cidr });
  for (const list of (prefixLists as PrefixListSource[] | undefined) ?? [])
    rules.push({ ...base, prefixListId: list.id, prefixListCidrs: list.cidrs });
  for (const groupId of (sourceGroupIds as string[] | undefined) ?? [])
    rules.push({ ...base, sourceGroupId: groupId });
  return rules;
}

/**
 * A group's ingress. Absent from a template: a new group has no inbound rules
 * (AWS::EC2::SecurityGroup `SecurityGroupIngress` is optional; EC2 CreateSecurityGroup
 * "a security group has no inbound rules" until authorized). Absent from
 * DescribeSecurityGroups, which always returns `IpPermissions`: not read.
 */
export function securityGroupIngress(
  permissions: Raw<Maybe<IngressPermission>[]>,
  place: Place,
  field: string,
): Maybe<SecurityGroupRule[]> {
  if (isUnknown(permissions)) return permissions;
  if (permissions === undefined) return place.from === 'create' ? [] : absent(place, field);
  const rules: SecurityGroupRule[] = [];
  for (const [position, permission] of permissions.entries()) {
    if (isUnknown(permission)) return permission;
    const expanded = securityGroupRules(permission, below(place, `${field}[${position}]`));
    if (isUnknown(expanded)) return expanded;
    rules.push(...expanded);
  }
  return rules;
}
