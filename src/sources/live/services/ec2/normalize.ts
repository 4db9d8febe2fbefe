import type { IpPermission, Route as Ec2Route } from '@aws-sdk/client-ec2';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import type { Route, RouteTarget, SecurityGroupRule } from '../../../../inventory/model.js';
import { allPages, nameTag, tagsOf, type Json, type Output } from '../../normalize/raw.js';
import {
  DESCRIBE_INTERNET_GATEWAYS,
  DESCRIBE_ROUTE_TABLES,
  DESCRIBE_SECURITY_GROUPS,
  DESCRIBE_SUBNETS,
  DESCRIBE_VOLUMES,
  GET_EBS_DEFAULT_KMS_KEY_ID,
  GET_EBS_ENCRYPTION_BY_DEFAULT,
  GET_MANAGED_PREFIX_LIST_ENTRIES,
} from './calls.js';

function routeTarget(route: Json<Ec2Route>): RouteTarget {
  const gateway = route.GatewayId;
  if (route.State === 'blackhole') {
    return {
      kind: 'other',
      id: gateway ?? route.NatGatewayId,
      description: 'blackhole route (target deleted)',
    };
  }
  if (gateway === 'local') return { kind: 'local' };
  if (gateway?.startsWith('igw-')) return { kind: 'internet-gateway', id: gateway };
  const targets: [string | undefined, string][] = [
    [route.NatGatewayId, 'NAT gateway'],
    [route.TransitGatewayId, 'transit gateway'],
    [route.VpcPeeringConnectionId, 'VPC peering connection'],
    [route.EgressOnlyInternetGatewayId, 'egress-only internet gateway'],
    [route.NetworkInterfaceId, 'network interface'],
    [route.InstanceId, 'instance'],
    [route.LocalGatewayId, 'local gateway'],
    [route.CarrierGatewayId, 'carrier gateway'],
    [route.CoreNetworkArn, 'core network'],
    [gateway, 'gateway'],
  ];
  const [id, description] = targets.find(([target]) => target !== undefined) ?? [undefined, 'unknown target'];
  return { kind: 'other', id, description };
}

/** The CIDRs of a managed prefix list, from ec2:GetManagedPrefixListEntries; Unknown when they were not read. */
function prefixListCidrs(out: Output, prefixListId: string): Maybe<string[]> {
  const answer = allPages(out, GET_MANAGED_PREFIX_LIST_ENTRIES, prefixListId);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown(`prefix list ${prefixListId} was not found`);
  const entries = answer.value.flatMap((page) => page.Entries ?? []);
  const missing = entries.find((entry) => !entry.Cidr);
  if (missing) return unknown(`prefix list ${prefixListId}: an entry without a CIDR`);
  return entries.map((entry) => entry.Cidr!);
}

function ingressRules(out: Output, permissions: Json<IpPermission>[]): SecurityGroupRule[] {
  const rules: SecurityGroupRule[] = [];
  for (const permission of permissions) {
    // AWS always names the protocol; were it missing, "all traffic" is the reading that cannot hide an open port.
    const base: SecurityGroupRule = { protocol: permission.IpProtocol ?? '-1' };
    if (permission.FromPort !== undefined) base.fromPort = permission.FromPort;
    if (permission.ToPort !== undefined) base.toPort = permission.ToPort;
    for (const range of permission.IpRanges ?? [])
      if (range.CidrIp) rules.push({ ...base, cidr: range.CidrIp });
    for (const range of permission.Ipv6Ranges ?? [])
      if (range.CidrIpv6) rules.push({ ...base, cidr: range.CidrIpv6 });
    for (const list of permission.PrefixListIds ?? [])
      if (list.PrefixListId)
        rules.push({
          ...base,
          prefixListId: list.PrefixListId,
          prefixListCidrs: prefixListCidrs(out, list.PrefixListId),
        });
    for (const pair of permission.UserIdGroupPairs ?? [])
      if (pair.GroupId) rules.push({ ...base, sourceGroupId: pair.GroupId });
  }
  return rules;
}

export function normalizeEc2(out: Output): void {
  const subnets = out.list(DESCRIBE_SUBNETS, ['ec2-subnet']).flatMap((page) => page.Subnets ?? []);
  for (const subnet of subnets) {
    if (!subnet.SubnetId) continue;
    out.add({
      type: 'ec2-subnet',
      id: subnet.SubnetId,
      arn: subnet.SubnetArn,
      name: nameTag(subnet.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(subnet.Tags),
      vpcId: subnet.VpcId ?? unknown(`subnet ${subnet.SubnetId}: VpcId was not returned`),
      mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch,
    });
  }

  const tables = out
    .list(DESCRIBE_ROUTE_TABLES, ['ec2-route-table'])
    .flatMap((page) => page.RouteTables ?? []);
  for (const table of tables) {
    if (!table.RouteTableId) continue;
    const associations = table.Associations ?? [];
    const routes: Maybe<Route[]> = (table.Routes ?? []).map((route) => ({
      destination:
        route.DestinationCidrBlock ??
        route.DestinationIpv6CidrBlock ??
        route.DestinationPrefixListId ??
        unknown(`route table ${table.RouteTableId}: a route without destination`),
      target: routeTarget(route),
    }));
    out.add({
      type: 'ec2-route-table',
      id: table.RouteTableId,
      name: nameTag(table.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(table.Tags),
      vpcId: table.VpcId ?? unknown(`route table ${table.RouteTableId}: VpcId was not returned`),
      isMain: associations.some((association) => association.Main === true),
      subnetIds:
        table.Associations === undefined
          ? unknown(`route table ${table.RouteTableId}: Associations were not returned`)
          : associations.map((association) => association.SubnetId).filter((id): id is string => !!id),
      routes:
        table.Routes === undefined
          ? unknown(`route table ${table.RouteTableId}: Routes were not returned`)
          : routes,
    });
  }

  const gateways = out
    .list(DESCRIBE_INTERNET_GATEWAYS, ['ec2-internet-gateway'])
    .flatMap((page) => page.InternetGateways ?? []);
  for (const gateway of gateways) {
    if (!gateway.InternetGatewayId) continue;
    out.add({
      type: 'ec2-internet-gateway',
      id: gateway.InternetGatewayId,
      name: nameTag(gateway.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(gateway.Tags),
      vpcIds:
        gateway.Attachments === undefined
          ? unknown(`internet gateway ${gateway.InternetGatewayId}: Attachments were not returned`)
          : gateway.Attachments.map((attachment) => attachment.VpcId).filter((id): id is string => !!id),
    });
  }

  const volumes = out.list(DESCRIBE_VOLUMES, ['ebs-volume']).flatMap((page) => page.Volumes ?? []);
  for (const volume of volumes) {
    if (!volume.VolumeId) continue;
    out.add({
      type: 'ebs-volume',
      id: volume.VolumeId,
      arn: `arn:${out.partition}:ec2:${out.region}:${out.account}:volume/${volume.VolumeId}`,
      name: nameTag(volume.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(volume.Tags),
      encryption:
        volume.Encrypted === undefined
          ? unknown(`volume ${volume.VolumeId}: Encrypted was not returned`)
          : volume.Encrypted
            ? { state: 'kms', keyId: volume.KmsKeyId }
            : { state: 'unencrypted' },
    });
  }

  const groups = out
    .list(DESCRIBE_SECURITY_GROUPS, ['ec2-security-group'])
    .flatMap((page) => page.SecurityGroups ?? []);
  for (const group of groups) {
    if (!group.GroupId) continue;
    out.add({
      type: 'ec2-security-group',
      id: group.GroupId,
      arn: group.SecurityGroupArn,
      name: group.GroupName,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(group.Tags),
      vpcId: group.VpcId,
      ingress:
        group.IpPermissions === undefined
          ? unknown(`security group ${group.GroupId}: IpPermissions were not returned`)
          : ingressRules(out, group.IpPermissions),
    });
  }

  const byDefault = out.one(GET_EBS_ENCRYPTION_BY_DEFAULT);
  const defaultKey = out.one(GET_EBS_DEFAULT_KMS_KEY_ID);
  out.add({
    type: 'ec2-region-settings',
    id: `${out.account}/${out.region}/ec2`,
    name: `EC2 settings ${out.region}`,
    region: out.region,
    origin: out.origin,
    ebsEncryptionByDefault:
      byDefault.unknown ??
      byDefault.value?.EbsEncryptionByDefault ??
      unknown(`ec2:GetEbsEncryptionByDefault in ${out.region} gave no answer`),
    ebsDefaultKmsKeyId: defaultKey.unknown ?? defaultKey.value?.KmsKeyId,
  });
}
