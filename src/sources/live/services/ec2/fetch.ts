import {
  type DescribeSecurityGroupsCommandOutput,
  EC2Client,
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
  ]);
}
