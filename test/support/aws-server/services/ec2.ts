import type { Tag } from '@aws-sdk/client-ec2';
import { AwsError } from '../aws-error.js';
import { paginate } from '../paginate.js';
import { ec2Filters, listParam, type CallContext, type ServiceDefinition } from '../service.js';
import { regionOf, required, selectByIds } from './common.js';

/** Regions AWS ships disabled until the account opts in. */
export const OPT_IN_REGIONS = new Set([
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
]);

type FilterValues<T> = Record<string, (item: T) => readonly (string | boolean | undefined)[]>;

interface Describable<T> {
  idParam: string;
  idOf: (item: T) => string | undefined;
  notFoundCode: string;
  filters: FilterValues<T>;
}

function describe<T extends { Tags?: Tag[] }>(
  ctx: CallContext,
  items: readonly T[],
  spec: Describable<T>,
): { items: T[]; NextToken?: string } {
  const ids = listParam(ctx.params, spec.idParam);
  let selected = selectByIds(
    items,
    ids,
    spec.idOf,
    (id) => new AwsError(spec.notFoundCode, `The ID '${id}' does not exist`, 400),
  );
  for (const filter of ec2Filters(ctx.params)) {
    const valuesOf: ((item: T) => readonly (string | boolean | undefined)[]) | undefined =
      filter.name.startsWith('tag:')
        ? (item) =>
            (item.Tags ?? []).filter((tag) => tag.Key === filter.name.slice(4)).map((tag) => tag.Value)
        : spec.filters[filter.name];
    if (!valuesOf)
      throw new AwsError(
        'InvalidParameterValue',
        `The filter '${filter.name}' is invalid (not emulated by the loopback server)`,
        400,
      );
    selected = selected.filter((item) =>
      valuesOf(item).some((value) => value !== undefined && filter.values.includes(String(value))),
    );
  }
  const page = paginate(
    selected,
    ctx.params.NextToken,
    ctx.pageSize(ctx.params.MaxResults),
    ctx.action,
    'InvalidNextToken',
  );
  return { items: page.items, NextToken: page.next };
}

export const ec2: ServiceDefinition = {
  signingName: 'ec2',
  protocol: 'ec2',
  load: () => import('@aws-sdk/client-ec2'),
  xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  operations: {
    DescribeRegions: (ctx) => {
      const all = ctx.params.AllRegions === 'true';
      const names = [...ctx.account.enabledRegions, ...(all ? (ctx.account.optInRegions ?? []) : [])];
      const wanted = listParam(ctx.params, 'RegionName');
      return {
        Regions: names
          .filter((name) => !wanted || wanted.includes(name))
          .map((RegionName) => ({
            RegionName,
            Endpoint: `ec2.${RegionName}.amazonaws.com`,
            OptInStatus: !ctx.account.enabledRegions.includes(RegionName)
              ? 'not-opted-in'
              : OPT_IN_REGIONS.has(RegionName)
                ? 'opted-in'
                : 'opt-in-not-required',
          })),
      };
    },
    DescribeVpcs: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.vpcs ?? [], {
        idParam: 'VpcId',
        idOf: (v) => v.VpcId,
        notFoundCode: 'InvalidVpcID.NotFound',
        filters: {
          'vpc-id': (v) => [v.VpcId],
          'is-default': (v) => [v.IsDefault],
          cidr: (v) => [v.CidrBlock],
          state: (v) => [v.State],
        },
      });
      return { Vpcs: items, NextToken };
    },
    DescribeSubnets: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.subnets ?? [], {
        idParam: 'SubnetId',
        idOf: (s) => s.SubnetId,
        notFoundCode: 'InvalidSubnetID.NotFound',
        filters: {
          'subnet-id': (s) => [s.SubnetId],
          'vpc-id': (s) => [s.VpcId],
          'availability-zone': (s) => [s.AvailabilityZone],
          'default-for-az': (s) => [s.DefaultForAz],
        },
      });
      return { Subnets: items, NextToken };
    },
    DescribeRouteTables: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.routeTables ?? [], {
        idParam: 'RouteTableId',
        idOf: (t) => t.RouteTableId,
        notFoundCode: 'InvalidRouteTableID.NotFound',
        filters: {
          'route-table-id': (t) => [t.RouteTableId],
          'vpc-id': (t) => [t.VpcId],
          'association.subnet-id': (t) => (t.Associations ?? []).map((a) => a.SubnetId),
          'association.main': (t) => (t.Associations ?? []).map((a) => a.Main),
        },
      });
      return { RouteTables: items, NextToken };
    },
    DescribeInternetGateways: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.internetGateways ?? [], {
        idParam: 'InternetGatewayId',
        idOf: (g) => g.InternetGatewayId,
        notFoundCode: 'InvalidInternetGatewayID.NotFound',
        filters: {
          'internet-gateway-id': (g) => [g.InternetGatewayId],
          'attachment.vpc-id': (g) => (g.Attachments ?? []).map((a) => a.VpcId),
        },
      });
      return { InternetGateways: items, NextToken };
    },
    DescribeVolumes: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.volumes ?? [], {
        idParam: 'VolumeId',
        idOf: (v) => v.VolumeId,
        notFoundCode: 'InvalidVolume.NotFound',
        filters: {
          'volume-id': (v) => [v.VolumeId],
          encrypted: (v) => [v.Encrypted],
          'attachment.instance-id': (v) => (v.Attachments ?? []).map((a) => a.InstanceId),
        },
      });
      return { Volumes: items, NextToken };
    },
    DescribeSecurityGroups: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.securityGroups ?? [], {
        idParam: 'GroupId',
        idOf: (g) => g.GroupId,
        notFoundCode: 'InvalidGroup.NotFound',
        filters: {
          'group-id': (g) => [g.GroupId],
          'group-name': (g) => [g.GroupName],
          'vpc-id': (g) => [g.VpcId],
        },
      });
      return { SecurityGroups: items, NextToken };
    },
    GetManagedPrefixListEntries: (ctx) => {
      const id = required(ctx.params.PrefixListId, 'PrefixListId');
      const list = (regionOf(ctx).ec2?.prefixLists ?? []).find((each) => each.PrefixListId === id);
      if (!list)
        throw new AwsError('InvalidPrefixListID.NotFound', `The prefix list ID '${id}' does not exist`, 400);
      const page = paginate(
        list.Entries,
        ctx.params.NextToken,
        ctx.pageSize(ctx.params.MaxResults),
        ctx.action,
        'InvalidNextToken',
      );
      return { Entries: page.items, NextToken: page.next };
    },
    DescribeInstances: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.instances ?? [], {
        idParam: 'InstanceId',
        idOf: (i) => i.InstanceId,
        notFoundCode: 'InvalidInstanceID.NotFound',
        filters: {
          'instance-id': (i) => [i.InstanceId],
          'vpc-id': (i) => [i.VpcId],
          'instance-state-name': (i) => [i.State?.Name],
        },
      });
      const Reservations = items.map((instance, index) => ({
        ReservationId: `r-${String(index).padStart(17, '0')}`,
        OwnerId: ctx.account.accountId,
        Instances: [instance],
      }));
      return { Reservations, NextToken };
    },
    DescribeLaunchTemplateVersions: (ctx) => {
      const all = regionOf(ctx).ec2?.launchTemplateVersions ?? [];
      const versions = listParam(ctx.params, 'LaunchTemplateVersion');
      const id = ctx.params.LaunchTemplateId;
      const name = ctx.params.LaunchTemplateName;
      if (!id && !name && !versions?.every((v) => v === '$Default' || v === '$Latest'))
        throw new AwsError(
          'MissingParameter',
          'A launch template ID or name is required unless Versions is $Latest or $Default',
          400,
        );
      const latest = (v: (typeof all)[number]) =>
        Math.max(
          ...all.filter((o) => o.LaunchTemplateId === v.LaunchTemplateId).map((o) => o.VersionNumber ?? 0),
        );
      const selected = all.filter(
        (v) =>
          (!id || v.LaunchTemplateId === id) &&
          (!name || v.LaunchTemplateName === name) &&
          (!versions ||
            versions.some(
              (wanted) =>
                (wanted === '$Default' && v.DefaultVersion === true) ||
                (wanted === '$Latest' && v.VersionNumber === latest(v)) ||
                wanted === String(v.VersionNumber),
            )),
      );
      const page = paginate(
        selected,
        ctx.params.NextToken,
        ctx.pageSize(ctx.params.MaxResults),
        ctx.action,
        'InvalidNextToken',
      );
      return { LaunchTemplateVersions: page.items, NextToken: page.next };
    },
    DescribeSnapshots: (ctx) => {
      const ec2 = regionOf(ctx).ec2;
      const owners = listParam(ctx.params, 'Owner');
      const restorableBy = listParam(ctx.params, 'RestorableBy');
      const publicIds = new Set(ec2?.publicSnapshotIds ?? []);
      const visible = (ec2?.snapshots ?? []).filter(
        (snapshot) =>
          (!owners ||
            owners.some(
              (owner) => (owner === 'self' ? ctx.account.accountId : owner) === snapshot.OwnerId,
            )) &&
          (!restorableBy ||
            restorableBy.some((who) =>
              who === 'all' ? publicIds.has(snapshot.SnapshotId ?? '') : who === snapshot.OwnerId,
            )),
      );
      const { items, NextToken } = describe(ctx, visible, {
        idParam: 'SnapshotId',
        idOf: (snapshot) => snapshot.SnapshotId,
        notFoundCode: 'InvalidSnapshot.NotFound',
        filters: {
          'snapshot-id': (snapshot) => [snapshot.SnapshotId],
          encrypted: (snapshot) => [snapshot.Encrypted],
        },
      });
      return { Snapshots: items, NextToken };
    },
    GetSnapshotBlockPublicAccessState: (ctx) => ({
      State: regionOf(ctx).ec2?.snapshotBlockPublicAccess ?? 'unblocked',
      ManagedBy: 'account',
    }),
    DescribeImages: (ctx) => {
      const owners = listParam(ctx.params, 'Owner');
      const visible = (regionOf(ctx).ec2?.images ?? []).filter(
        (image) =>
          !owners ||
          owners.some((owner) => (owner === 'self' ? ctx.account.accountId : owner) === image.OwnerId),
      );
      const { items, NextToken } = describe(ctx, visible, {
        idParam: 'ImageId',
        idOf: (image) => image.ImageId,
        notFoundCode: 'InvalidAMIID.NotFound',
        filters: { 'image-id': (image) => [image.ImageId], 'is-public': (image) => [image.Public] },
      });
      return { Images: items, NextToken };
    },
    DescribeNetworkAcls: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.networkAcls ?? [], {
        idParam: 'NetworkAclId',
        idOf: (acl) => acl.NetworkAclId,
        notFoundCode: 'InvalidNetworkAclID.NotFound',
        filters: {
          'network-acl-id': (acl) => [acl.NetworkAclId],
          'vpc-id': (acl) => [acl.VpcId],
          default: (acl) => [acl.IsDefault],
        },
      });
      return { NetworkAcls: items, NextToken };
    },
    DescribeNetworkInterfaces: (ctx) => {
      // Network interfaces carry TagSet, not Tags: no tag filters here.
      const page = paginate(
        regionOf(ctx).ec2?.networkInterfaces ?? [],
        ctx.params.NextToken,
        ctx.pageSize(ctx.params.MaxResults),
        ctx.action,
        'InvalidNextToken',
      );
      return { NetworkInterfaces: page.items, NextToken: page.next };
    },
    // Not paginated in the API: every address in one answer.
    DescribeAddresses: (ctx) => ({ Addresses: regionOf(ctx).ec2?.addresses ?? [] }),
    DescribeTransitGateways: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.transitGateways ?? [], {
        idParam: 'TransitGatewayIds',
        idOf: (gateway) => gateway.TransitGatewayId,
        notFoundCode: 'InvalidTransitGatewayID.NotFound',
        filters: {
          'transit-gateway-id': (gateway) => [gateway.TransitGatewayId],
          state: (gateway) => [gateway.State],
        },
      });
      return { TransitGateways: items, NextToken };
    },
    DescribeClientVpnEndpoints: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.clientVpnEndpoints ?? [], {
        idParam: 'ClientVpnEndpointId',
        idOf: (endpoint) => endpoint.ClientVpnEndpointId,
        notFoundCode: 'InvalidClientVpnEndpointId.NotFound',
        filters: { 'endpoint-id': (endpoint) => [endpoint.ClientVpnEndpointId] },
      });
      return { ClientVpnEndpoints: items, NextToken };
    },
    DescribeFlowLogs: (ctx) => {
      const { items, NextToken } = describe(ctx, regionOf(ctx).ec2?.flowLogs ?? [], {
        idParam: 'FlowLogId',
        idOf: (log) => log.FlowLogId,
        notFoundCode: 'InvalidFlowLogId.NotFound',
        filters: { 'flow-log-id': (log) => [log.FlowLogId], 'resource-id': (log) => [log.ResourceId] },
      });
      return { FlowLogs: items, NextToken };
    },
    GetEbsEncryptionByDefault: (ctx) => ({
      EbsEncryptionByDefault: regionOf(ctx).ec2?.ebsEncryptionByDefault ?? false,
      SseType: 'sse-ebs',
    }),
    GetEbsDefaultKmsKeyId: (ctx) => ({ KmsKeyId: regionOf(ctx).ec2?.ebsDefaultKmsKeyId ?? 'alias/aws/ebs' }),
  },
};
