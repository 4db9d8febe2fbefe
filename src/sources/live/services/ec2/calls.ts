import type {
  DescribeAddressesCommandOutput,
  DescribeClientVpnEndpointsCommandOutput,
  DescribeFlowLogsCommandOutput,
  DescribeImagesCommandOutput,
  DescribeInstancesCommandOutput,
  DescribeLaunchTemplateVersionsCommandOutput,
  DescribeNetworkAclsCommandOutput,
  DescribeNetworkInterfacesCommandOutput,
  DescribeSnapshotsCommandOutput,
  DescribeTransitGatewaysCommandOutput,
  DescribeVpcsCommandOutput,
  GetSnapshotBlockPublicAccessStateCommandOutput,
  DescribeInternetGatewaysCommandOutput,
  DescribeRouteTablesCommandOutput,
  DescribeSecurityGroupsCommandOutput,
  DescribeSubnetsCommandOutput,
  DescribeVolumesCommandOutput,
  GetEbsDefaultKmsKeyIdCommandOutput,
  GetEbsEncryptionByDefaultCommandOutput,
  GetManagedPrefixListEntriesCommandOutput,
} from '@aws-sdk/client-ec2';
import { serviceCalls } from '../../service.js';

const ec2 = serviceCalls('ec2', '@aws-sdk/client-ec2', 'ec2');

export const DESCRIBE_SUBNETS = ec2.call<DescribeSubnetsCommandOutput>('DescribeSubnets');
export const DESCRIBE_ROUTE_TABLES = ec2.call<DescribeRouteTablesCommandOutput>('DescribeRouteTables');
export const DESCRIBE_INTERNET_GATEWAYS =
  ec2.call<DescribeInternetGatewaysCommandOutput>('DescribeInternetGateways');
export const DESCRIBE_VOLUMES = ec2.call<DescribeVolumesCommandOutput>('DescribeVolumes');
export const DESCRIBE_SECURITY_GROUPS =
  ec2.call<DescribeSecurityGroupsCommandOutput>('DescribeSecurityGroups');

/** The entries of a prefix list that an ingress rule names as its source: they decide how open the rule is. */
export const GET_MANAGED_PREFIX_LIST_ENTRIES = ec2.call<GetManagedPrefixListEntriesCommandOutput, string>(
  'GetManagedPrefixListEntries',
  { params: (PrefixListId) => ({ PrefixListId }), after: [DESCRIBE_SECURITY_GROUPS] },
);

export const GET_EBS_ENCRYPTION_BY_DEFAULT =
  ec2.call<GetEbsEncryptionByDefaultCommandOutput>('GetEbsEncryptionByDefault');
export const GET_EBS_DEFAULT_KMS_KEY_ID =
  ec2.call<GetEbsDefaultKmsKeyIdCommandOutput>('GetEbsDefaultKmsKeyId');

export const DESCRIBE_VPCS = ec2.call<DescribeVpcsCommandOutput>('DescribeVpcs');
export const DESCRIBE_FLOW_LOGS = ec2.call<DescribeFlowLogsCommandOutput>('DescribeFlowLogs');
export const DESCRIBE_NETWORK_ACLS = ec2.call<DescribeNetworkAclsCommandOutput>('DescribeNetworkAcls');
/** Which security groups some network interface uses: one account-level listing instead of a call per group. */
export const DESCRIBE_NETWORK_INTERFACES =
  ec2.call<DescribeNetworkInterfacesCommandOutput>('DescribeNetworkInterfaces');
export const DESCRIBE_INSTANCES = ec2.call<DescribeInstancesCommandOutput>('DescribeInstances');
/** The default version of every launch template in the region, in one listing (no template id given). */
export const DESCRIBE_DEFAULT_LAUNCH_TEMPLATE_VERSIONS =
  ec2.call<DescribeLaunchTemplateVersionsCommandOutput>('DescribeLaunchTemplateVersions', {
    params: () => ({ Versions: ['$Default'] }),
  });
/** The account's own snapshots (without OwnerIds, DescribeSnapshots lists every public snapshot of AWS). */
export const DESCRIBE_OWN_SNAPSHOTS = ec2.call<DescribeSnapshotsCommandOutput>('DescribeSnapshots', {
  params: () => ({ OwnerIds: ['self'] }),
});
/** The account's own snapshots that every AWS account may restore: public ones, without a call per snapshot. */
export const DESCRIBE_PUBLIC_OWN_SNAPSHOTS = ec2.call<DescribeSnapshotsCommandOutput>('DescribeSnapshots', {
  params: () => ({ OwnerIds: ['self'], RestorableByUserIds: ['all'] }),
});
export const GET_SNAPSHOT_BLOCK_PUBLIC_ACCESS_STATE =
  ec2.call<GetSnapshotBlockPublicAccessStateCommandOutput>('GetSnapshotBlockPublicAccessState');
export const DESCRIBE_OWN_IMAGES = ec2.call<DescribeImagesCommandOutput>('DescribeImages', {
  params: () => ({ Owners: ['self'] }),
});
export const DESCRIBE_ADDRESSES = ec2.call<DescribeAddressesCommandOutput>('DescribeAddresses');
export const DESCRIBE_TRANSIT_GATEWAYS =
  ec2.call<DescribeTransitGatewaysCommandOutput>('DescribeTransitGateways');
export const DESCRIBE_CLIENT_VPN_ENDPOINTS = ec2.call<DescribeClientVpnEndpointsCommandOutput>(
  'DescribeClientVpnEndpoints',
);
