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
    GetEbsEncryptionByDefault: (ctx) => ({
      EbsEncryptionByDefault: regionOf(ctx).ec2?.ebsEncryptionByDefault ?? false,
      SseType: 'sse-ebs',
    }),
    GetEbsDefaultKmsKeyId: (ctx) => ({ KmsKeyId: regionOf(ctx).ec2?.ebsDefaultKmsKeyId ?? 'alias/aws/ebs' }),
  },
};
