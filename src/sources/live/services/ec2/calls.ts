import type {
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
