import type {
  FlowLog,
  Instance,
  IpPermission,
  LaunchTemplateInstanceMetadataOptions,
  InstanceMetadataOptionsResponse,
  NetworkAclEntry as Ec2NetworkAclEntry,
  Route as Ec2Route,
} from '@aws-sdk/client-ec2';
import { unknown, type Maybe } from '../../../../inventory/maybe.js';
import { flagEncryption } from '../../../../inventory/facts/flag-encryption.js';
import { below, describePlace, type Place } from '../../../../inventory/facts/place.js';
import { routeDestination, routeTarget } from '../../../../inventory/facts/route-target.js';
import {
  securityGroupIngress,
  type IngressPermission,
} from '../../../../inventory/facts/security-group-rules.js';
import type { NetworkAclEntry, Route } from '../../../../inventory/model.js';
import { allPages, nameTag, tagsOf, type Json, type Output } from '../../normalize/raw.js';
import {
  DESCRIBE_ADDRESSES,
  DESCRIBE_CLIENT_VPN_ENDPOINTS,
  DESCRIBE_DEFAULT_LAUNCH_TEMPLATE_VERSIONS,
  DESCRIBE_FLOW_LOGS,
  DESCRIBE_INSTANCES,
  DESCRIBE_NETWORK_ACLS,
  DESCRIBE_NETWORK_INTERFACES,
  DESCRIBE_OWN_IMAGES,
  DESCRIBE_OWN_SNAPSHOTS,
  DESCRIBE_PUBLIC_OWN_SNAPSHOTS,
  DESCRIBE_TRANSIT_GATEWAYS,
  DESCRIBE_VPCS,
  GET_SNAPSHOT_BLOCK_PUBLIC_ACCESS_STATE,
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

/**
 * IMDSv2 is required when tokens are `required`, or when the metadata endpoint is off altogether.
 * `absent` is what a missing MetadataOptions means for this kind of object.
 */
function imdsV2Required(
  options: Json<InstanceMetadataOptionsResponse | LaunchTemplateInstanceMetadataOptions> | undefined,
  what: string,
  absent: Maybe<boolean>,
): Maybe<boolean> {
  if (options === undefined) return absent;
  if (options.HttpEndpoint === 'disabled') return true;
  if (options.HttpTokens === 'required') return true;
  if (options.HttpTokens === 'optional') return false;
  // A launch template may set only some metadata options: tokens left out are not required by it.
  if (options.HttpTokens === undefined && absent === false) return false;
  return unknown(`${what}: MetadataOptions.HttpTokens is ${options.HttpTokens ?? 'missing'}`);
}

/** The ids of the security groups some network interface of the region uses; Unknown when they were not read. */
function groupsInUse(out: Output): Maybe<Set<string>> {
  const answer = allPages(out, DESCRIBE_NETWORK_INTERFACES, undefined);
  if (answer.unknown) return answer.unknown;
  if (answer.notFound) return unknown('ec2:DescribeNetworkInterfaces found nothing to list');
  return new Set(
    answer.value
      .flatMap((page) => page.NetworkInterfaces ?? [])
      .flatMap((eni) => (eni.Groups ?? []).map((group) => group.GroupId))
      .filter((id): id is string => !!id),
  );
}

/**
 * Only `enabled` is evidence of detailed monitoring. `pending` means enabling is still in
 * progress (the 1-minute metrics are not flowing yet), so it is not evidence either way.
 */
function detailedMonitoring(state: string | undefined, id: string): Maybe<boolean> {
  if (state === undefined) return unknown(`instance ${id}: Monitoring.State was not returned`);
  if (state === 'pending')
    return unknown(`instance ${id}: detailed monitoring is still being enabled (Monitoring.State pending)`);
  return state === 'enabled';
}

function instanceOf(out: Output, instance: Json<Instance> & { InstanceId: string }): void {
  const id = instance.InstanceId;
  const missing = (field: string) => unknown(`instance ${id}: ${field} was not returned`);
  out.add({
    type: 'ec2-instance',
    id,
    arn: `arn:${out.partition}:ec2:${out.region}:${out.account}:instance/${id}`,
    name: nameTag(instance.Tags),
    region: out.region,
    origin: out.origin,
    tags: tagsOf(instance.Tags),
    state: instance.State?.Name ?? missing('State'),
    vpcId: instance.VpcId,
    subnetId: instance.SubnetId,
    publicIp: instance.PublicIpAddress,
    securityGroupIds:
      instance.SecurityGroups?.map((group) => group.GroupId).filter(
        (groupId): groupId is string => !!groupId,
      ) ?? missing('SecurityGroups'),
    detailedMonitoring: detailedMonitoring(instance.Monitoring?.State, id),
    ebsOptimized: instance.EbsOptimized ?? missing('EbsOptimized'),
    imdsV2Required: imdsV2Required(instance.MetadataOptions, `instance ${id}`, missing('MetadataOptions')),
    // DescribeInstances returns EnclaveOptions for every instance: without it, whether it is an enclave parent is unread.
    enclaveEnabled: instance.EnclaveOptions?.Enabled ?? missing('EnclaveOptions.Enabled'),
  });
}

function networkAclEntries(
  raw: Json<Ec2NetworkAclEntry>[] | undefined,
  what: string,
): Maybe<NetworkAclEntry[]> {
  if (raw === undefined) return unknown(`${what}: Entries were not returned`);
  const entries: NetworkAclEntry[] = [];
  for (const entry of raw) {
    if (entry.RuleNumber === undefined || entry.Egress === undefined || !entry.RuleAction || !entry.Protocol)
      return unknown(`${what}: an entry without RuleNumber, Egress, RuleAction or Protocol`);
    // Every entry names its source or destination: one without it was not read, not "from nowhere".
    if (!entry.CidrBlock && !entry.Ipv6CidrBlock)
      return unknown(`${what}: entry ${entry.RuleNumber} has neither CidrBlock nor Ipv6CidrBlock`);
    entries.push({
      ruleNumber: entry.RuleNumber,
      egress: entry.Egress,
      action: entry.RuleAction,
      protocol: entry.Protocol,
      cidr: entry.CidrBlock ?? entry.Ipv6CidrBlock,
      fromPort: entry.PortRange?.From,
      toPort: entry.PortRange?.To,
    });
  }
  return entries;
}

/** The VPC's active flow logs; a flow log of it whose status was not returned leaves "none" unknown. */
function activeFlowLogs(vpcId: string, logs: Json<FlowLog>[]): Maybe<string[]> {
  const own = logs.filter((log) => log.ResourceId === vpcId);
  const active = own.filter((log) => log.FlowLogStatus === 'ACTIVE').map((log) => log.FlowLogId ?? '?');
  const unread = own.find((log) => log.FlowLogStatus === undefined);
  if (active.length === 0 && unread)
    return unknown(`VPC ${vpcId}: flow log ${unread.FlowLogId ?? '?'} has no FlowLogStatus`);
  return active;
}

/** EC2 objects beyond the VPC plumbing: instances, templates, snapshots, images, NACLs, addresses, gateways, VPN. */
function normalizeEc2Objects(out: Output): void {
  const reservations = out
    .list(DESCRIBE_INSTANCES, ['ec2-instance'])
    .flatMap((page) => page.Reservations ?? []);
  for (const instance of reservations.flatMap((reservation) => reservation.Instances ?? [])) {
    // Terminated instances stay listed for about an hour; they hold nothing to judge.
    if (!instance.InstanceId || instance.State?.Name === 'terminated') continue;
    instanceOf(out, { ...instance, InstanceId: instance.InstanceId });
  }

  const versions = out
    .list(DESCRIBE_DEFAULT_LAUNCH_TEMPLATE_VERSIONS, ['ec2-launch-template'])
    .flatMap((page) => page.LaunchTemplateVersions ?? []);
  for (const version of versions) {
    if (!version.LaunchTemplateId) continue;
    const what = `launch template ${version.LaunchTemplateId} version ${version.VersionNumber ?? '?'}`;
    const data = version.LaunchTemplateData;
    out.add({
      type: 'ec2-launch-template',
      id: version.LaunchTemplateId,
      arn: `arn:${out.partition}:ec2:${out.region}:${out.account}:launch-template/${version.LaunchTemplateId}`,
      name: version.LaunchTemplateName,
      region: out.region,
      origin: out.origin,
      version: version.VersionNumber === undefined ? undefined : String(version.VersionNumber),
      assignsPublicIp:
        data === undefined
          ? unknown(`${what}: LaunchTemplateData was not returned`)
          : (data.NetworkInterfaces ?? []).some((eni) => eni.AssociatePublicIpAddress === true),
      imdsV2Required:
        data === undefined
          ? unknown(`${what}: LaunchTemplateData was not returned`)
          : imdsV2Required(data.MetadataOptions, what, false),
    });
  }

  const publicSnapshots = allPages(out, DESCRIBE_PUBLIC_OWN_SNAPSHOTS, undefined);
  const publicIds: Maybe<Set<string>> = publicSnapshots.value
    ? new Set(
        publicSnapshots.value
          .flatMap((page) => page.Snapshots ?? [])
          .map((snapshot) => snapshot.SnapshotId)
          .filter((id): id is string => !!id),
      )
    : (publicSnapshots.unknown ?? unknown('ec2:DescribeSnapshots (RestorableByUserIds all) found nothing'));
  const snapshots = out
    .list(DESCRIBE_OWN_SNAPSHOTS, ['ebs-snapshot'])
    .flatMap((page) => page.Snapshots ?? []);
  for (const snapshot of snapshots) {
    if (!snapshot.SnapshotId) continue;
    out.add({
      type: 'ebs-snapshot',
      id: snapshot.SnapshotId,
      arn: `arn:${out.partition}:ec2:${out.region}::snapshot/${snapshot.SnapshotId}`,
      name: nameTag(snapshot.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(snapshot.Tags),
      encrypted: snapshot.Encrypted ?? unknown(`snapshot ${snapshot.SnapshotId}: Encrypted was not returned`),
      public: publicIds instanceof Set ? publicIds.has(snapshot.SnapshotId) : publicIds,
    });
  }

  const images = out.list(DESCRIBE_OWN_IMAGES, ['ec2-image']).flatMap((page) => page.Images ?? []);
  for (const image of images) {
    if (!image.ImageId) continue;
    out.add({
      type: 'ec2-image',
      id: image.ImageId,
      arn: `arn:${out.partition}:ec2:${out.region}::image/${image.ImageId}`,
      name: image.Name,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(image.Tags),
      public: image.Public ?? unknown(`image ${image.ImageId}: Public was not returned`),
    });
  }

  const acls = out.list(DESCRIBE_NETWORK_ACLS, ['ec2-network-acl']).flatMap((page) => page.NetworkAcls ?? []);
  for (const acl of acls) {
    if (!acl.NetworkAclId) continue;
    const what = `network ACL ${acl.NetworkAclId}`;
    const entries = networkAclEntries(acl.Entries, what);
    out.add({
      type: 'ec2-network-acl',
      id: acl.NetworkAclId,
      name: nameTag(acl.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(acl.Tags),
      vpcId: acl.VpcId ?? unknown(`${what}: VpcId was not returned`),
      isDefault: acl.IsDefault ?? unknown(`${what}: IsDefault was not returned`),
      entries,
    });
  }

  const addresses = out.one(DESCRIBE_ADDRESSES);
  if (addresses.unknown)
    out.gap(['ec2-elastic-ip'], 'ec2:DescribeAddresses', addresses.unknown.reason, out.region);
  for (const address of addresses.value?.Addresses ?? []) {
    const id = address.AllocationId ?? address.PublicIp;
    if (!id) continue;
    out.add({
      type: 'ec2-elastic-ip',
      id,
      name: nameTag(address.Tags) ?? address.PublicIp,
      region: out.region,
      origin: out.origin,
      tags: tagsOf(address.Tags),
      associated: !!(address.AssociationId ?? address.InstanceId ?? address.NetworkInterfaceId),
    });
  }

  const gateways = out
    .list(DESCRIBE_TRANSIT_GATEWAYS, ['ec2-transit-gateway'])
    .flatMap((page) => page.TransitGateways ?? []);
  for (const gateway of gateways) {
    if (!gateway.TransitGatewayId || gateway.State === 'deleted') continue;
    const setting = gateway.Options?.AutoAcceptSharedAttachments;
    out.add({
      type: 'ec2-transit-gateway',
      id: gateway.TransitGatewayId,
      arn: gateway.TransitGatewayArn,
      name: nameTag(gateway.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(gateway.Tags),
      autoAcceptSharedAttachments:
        setting === undefined
          ? unknown(
              `transit gateway ${gateway.TransitGatewayId}: Options.AutoAcceptSharedAttachments was not returned`,
            )
          : setting === 'enable',
    });
  }

  const endpoints = out
    .list(DESCRIBE_CLIENT_VPN_ENDPOINTS, ['ec2-client-vpn-endpoint'])
    .flatMap((page) => page.ClientVpnEndpoints ?? []);
  for (const endpoint of endpoints) {
    if (!endpoint.ClientVpnEndpointId) continue;
    out.add({
      type: 'ec2-client-vpn-endpoint',
      id: endpoint.ClientVpnEndpointId,
      arn: `arn:${out.partition}:ec2:${out.region}:${out.account}:client-vpn-endpoint/${endpoint.ClientVpnEndpointId}`,
      name: nameTag(endpoint.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(endpoint.Tags),
      connectionLogging:
        endpoint.ConnectionLogOptions?.Enabled ??
        unknown(`Client VPN endpoint ${endpoint.ClientVpnEndpointId}: ConnectionLogOptions was not returned`),
    });
  }

  const flowLogs = allPages(out, DESCRIBE_FLOW_LOGS, undefined);
  const vpcs = out.list(DESCRIBE_VPCS, ['ec2-vpc']).flatMap((page) => page.Vpcs ?? []);
  for (const vpc of vpcs) {
    if (!vpc.VpcId) continue;
    const vpcId = vpc.VpcId;
    out.add({
      type: 'ec2-vpc',
      id: vpcId,
      arn: `arn:${out.partition}:ec2:${out.region}:${out.account}:vpc/${vpcId}`,
      name: nameTag(vpc.Tags),
      region: out.region,
      origin: out.origin,
      tags: tagsOf(vpc.Tags),
      isDefault: vpc.IsDefault ?? unknown(`VPC ${vpcId}: IsDefault was not returned`),
      flowLogIds: flowLogs.value
        ? activeFlowLogs(
            vpcId,
            flowLogs.value.flatMap((page) => page.FlowLogs ?? []),
          )
        : (flowLogs.unknown ?? unknown('ec2:DescribeFlowLogs found nothing to list')),
    });
  }
}

export function normalizeEc2(out: Output): void {
  normalizeEc2Objects(out);
  const inUse = groupsInUse(out);
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
      egressRuleCount:
        group.IpPermissionsEgress?.length ??
        unknown(`security group ${group.GroupId}: IpPermissionsEgress was not returned`),
      attachedToNetworkInterface: inUse instanceof Set ? inUse.has(group.GroupId) : inUse,
    });
  }

  const byDefault = out.one(GET_EBS_ENCRYPTION_BY_DEFAULT);
  const defaultKey = out.one(GET_EBS_DEFAULT_KMS_KEY_ID);
  const snapshotAccess = out.one(GET_SNAPSHOT_BLOCK_PUBLIC_ACCESS_STATE);
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
    snapshotBlockPublicAccess:
      snapshotAccess.unknown ??
      snapshotAccess.value?.State ??
      unknown(`ec2:GetSnapshotBlockPublicAccessState in ${out.region} gave no state`),
  });
}
