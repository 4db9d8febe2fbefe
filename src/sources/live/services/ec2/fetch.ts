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
import type { Fetcher } from '../../fetch/types.js';

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

export const ec2Fetcher: Fetcher = {
  service: 'ec2',
  scope: 'regional',
  async fetch({ rec, clients }, region) {
    const client = clients.get(EC2Client, region);
    await Promise.all([
      rec.paginate('ec2', 'DescribeSubnets', region, undefined, () =>
        paginateDescribeSubnets({ client }, {}),
      ),
      rec.paginate('ec2', 'DescribeRouteTables', region, undefined, () =>
        paginateDescribeRouteTables({ client }, {}),
      ),
      rec.paginate('ec2', 'DescribeInternetGateways', region, undefined, () =>
        paginateDescribeInternetGateways({ client }, {}),
      ),
      rec.paginate('ec2', 'DescribeVolumes', region, undefined, () =>
        paginateDescribeVolumes({ client }, {}),
      ),
      rec
        .paginate('ec2', 'DescribeSecurityGroups', region, undefined, () =>
          paginateDescribeSecurityGroups({ client }, {}),
        )
        .then(({ pages }) =>
          Promise.all(
            referencedPrefixLists(pages).map((PrefixListId) =>
              rec.paginate('ec2', 'GetManagedPrefixListEntries', region, { PrefixListId }, () =>
                paginateGetManagedPrefixListEntries({ client }, { PrefixListId }),
              ),
            ),
          ),
        ),
      rec.call('ec2', 'GetEbsEncryptionByDefault', region, undefined, () =>
        client.send(new GetEbsEncryptionByDefaultCommand({})),
      ),
      rec.call('ec2', 'GetEbsDefaultKmsKeyId', region, undefined, () =>
        client.send(new GetEbsDefaultKmsKeyIdCommand({})),
      ),
    ]);
  },
};
