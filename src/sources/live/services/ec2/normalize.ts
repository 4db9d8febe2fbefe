import type { IpPermission, Route as Ec2Route } from '@aws-sdk/client-ec2';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { flagEncryption } from '../../../../inventory/facts/flag-encryption.js';
import { below, describePlace, type Place } from '../../../../inventory/facts/place.js';
import { routeDestination, routeTarget } from '../../../../inventory/facts/route-target.js';
import {
  securityGroupIngress,
  type IngressPermission,
} from '../../../../inventory/facts/security-group-rules.js';
import type { Route } from '../../../../inventory/model.js';
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

function routeOf(route: Json<Ec2Route>, place: Place): Route {
  return { destination: routeDestination(route, place), target: routeTarget(route, place) };
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

/** The raw fields of one IpPermissions entry; each source list absent means none of that kind. */
function ingressPermission(out: Output, permission: Json<IpPermission>): IngressPermission {
  const ids = <T>(list: T[] | undefined, id: (item: T) => string | undefined): string[] | undefined =>
    list?.map(id).filter((value): value is string => !!value);
  return {
    protocol: permission.IpProtocol,
    fromPort: permission.FromPort,
    toPort: permission.ToPort,
    ipv4Cidrs: ids(permission.IpRanges, (range) => range.CidrIp),
    ipv6Cidrs: ids(permission.Ipv6Ranges, (range) => range.CidrIpv6),
    prefixLists: ids(permission.PrefixListIds, (list) => list.PrefixListId)?.map((id) => ({
      id,
      cidrs: prefixListCidrs(out, id),
    })),
    sourceGroupIds: ids(permission.UserIdGroupPairs, (pair) => pair.GroupId),
  };
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
    const place = describePlace(`route table ${table.RouteTableId}`);
    const routes = table.Routes?.map((route, index) => routeOf(route, below(place, `Routes[${index}]`)));
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
      routes: routes ?? unknown(`route table ${table.RouteTableId}: Routes were not returned`),
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
      encryption: flagEncryption(
        { encrypted: volume.Encrypted, keyId: volume.KmsKeyId },
        describePlace(`volume ${volume.VolumeId}`),
        { flag: 'Encrypted', key: 'KmsKeyId' },
      ),
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
      ingress: securityGroupIngress(
        group.IpPermissions?.map((permission) => ingressPermission(out, permission)),
        describePlace(`security group ${group.GroupId}`),
        'IpPermissions',
      ),
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
