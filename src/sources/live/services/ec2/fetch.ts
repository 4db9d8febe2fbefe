import {
  DescribeAddressesCommand,
  type DescribeSecurityGroupsCommandOutput,
  EC2Client,
  GetSnapshotBlockPublicAccessStateCommand,
  paginateDescribeClientVpnEndpoints,
  paginateDescribeFlowLogs,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplateVersions,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSnapshots,
  paginateDescribeTransitGateways,
  paginateDescribeVpcs,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeInternetGateways,
  paginateGetManagedPrefixListEntries,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import type { FetchContext } from '../../fetch/types.js';
import { send, sendPages } from '../../service.js';
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

/** The prefix lists that security-group ingress rules name as a source (their entries decide how open the rule is). */
export function referencedPrefixLists(pages: readonly DescribeSecurityGroupsCommandOutput[]): string[] {
  const ids = pages.flatMap((page) =>
    (page.SecurityGroups ?? []).flatMap((group) =>
      (group.IpPermissions ?? []).flatMap((permission) =>
        (permission.PrefixListIds ?? []).map((list) => list.PrefixListId),
      ),
    ),
  );
  return [...new Set(ids.filter((id): id is string => !!id))].sort();
}

export async function fetchEc2({ rec, clients }: FetchContext, region: string): Promise<void> {
  const client = clients.get(EC2Client, region);
  await Promise.all([
    sendPages(rec, DESCRIBE_SUBNETS, region, undefined, () => paginateDescribeSubnets({ client }, {})),
    sendPages(rec, DESCRIBE_ROUTE_TABLES, region, undefined, () =>
      paginateDescribeRouteTables({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_INTERNET_GATEWAYS, region, undefined, () =>
      paginateDescribeInternetGateways({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_VOLUMES, region, undefined, () => paginateDescribeVolumes({ client }, {})),
    sendPages(rec, DESCRIBE_SECURITY_GROUPS, region, undefined, () =>
      paginateDescribeSecurityGroups({ client }, {}),
    ).then(({ pages }) =>
      Promise.all(
        referencedPrefixLists(pages).map((PrefixListId) =>
          sendPages(rec, GET_MANAGED_PREFIX_LIST_ENTRIES, region, PrefixListId, () =>
            paginateGetManagedPrefixListEntries({ client }, { PrefixListId }),
          ),
        ),
      ),
    ),
    send(rec, GET_EBS_ENCRYPTION_BY_DEFAULT, region, undefined, () =>
      client.send(new GetEbsEncryptionByDefaultCommand({})),
    ),
    send(rec, GET_EBS_DEFAULT_KMS_KEY_ID, region, undefined, () =>
      client.send(new GetEbsDefaultKmsKeyIdCommand({})),
    ),
    sendPages(rec, DESCRIBE_VPCS, region, undefined, () => paginateDescribeVpcs({ client }, {})),
    sendPages(rec, DESCRIBE_FLOW_LOGS, region, undefined, () => paginateDescribeFlowLogs({ client }, {})),
    sendPages(rec, DESCRIBE_NETWORK_ACLS, region, undefined, () =>
      paginateDescribeNetworkAcls({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_NETWORK_INTERFACES, region, undefined, () =>
      paginateDescribeNetworkInterfaces({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_INSTANCES, region, undefined, () => paginateDescribeInstances({ client }, {})),
    sendPages(rec, DESCRIBE_DEFAULT_LAUNCH_TEMPLATE_VERSIONS, region, undefined, () =>
      paginateDescribeLaunchTemplateVersions({ client }, { Versions: ['$Default'] }),
    ),
    sendPages(rec, DESCRIBE_OWN_SNAPSHOTS, region, undefined, () =>
      paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] }),
    ),
    sendPages(rec, DESCRIBE_PUBLIC_OWN_SNAPSHOTS, region, undefined, () =>
      paginateDescribeSnapshots({ client }, { OwnerIds: ['self'], RestorableByUserIds: ['all'] }),
    ),
    send(rec, GET_SNAPSHOT_BLOCK_PUBLIC_ACCESS_STATE, region, undefined, () =>
      client.send(new GetSnapshotBlockPublicAccessStateCommand({})),
    ),
    sendPages(rec, DESCRIBE_OWN_IMAGES, region, undefined, () =>
      paginateDescribeImages({ client }, { Owners: ['self'] }),
    ),
    // DescribeAddresses has no pagination: one answer lists every address of the region.
    send(rec, DESCRIBE_ADDRESSES, region, undefined, () => client.send(new DescribeAddressesCommand({}))),
    sendPages(rec, DESCRIBE_TRANSIT_GATEWAYS, region, undefined, () =>
      paginateDescribeTransitGateways({ client }, {}),
    ),
    sendPages(rec, DESCRIBE_CLIENT_VPN_ENDPOINTS, region, undefined, () =>
      paginateDescribeClientVpnEndpoints({ client }, {}),
    ),
  ]);
}
