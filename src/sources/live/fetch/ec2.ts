import {
  EC2Client,
  GetEbsDefaultKmsKeyIdCommand,
  GetEbsEncryptionByDefaultCommand,
  paginateDescribeInternetGateways,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
} from '@aws-sdk/client-ec2';
import type { Fetcher } from './types.js';

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
      rec.paginate('ec2', 'DescribeSecurityGroups', region, undefined, () =>
        paginateDescribeSecurityGroups({ client }, {}),
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
