/**
 * The calls a scan sends before any service's collectors run: who the
 * credentials are, and which regions the account has enabled.
 */
import type { DescribeRegionsCommandOutput } from '@aws-sdk/client-ec2';
import type { GetCallerIdentityCommandOutput } from '@aws-sdk/client-sts';
import { serviceCalls, type AnyCall } from './service.js';

// GetCallerIdentity needs no permission; it is declared so the operation table is complete.
export const GET_CALLER_IDENTITY = serviceCalls(
  'sts',
  '@aws-sdk/client-sts',
  'sts',
).call<GetCallerIdentityCommandOutput>('GetCallerIdentity');

export const DESCRIBE_REGIONS = serviceCalls(
  'ec2',
  '@aws-sdk/client-ec2',
  'ec2',
).call<DescribeRegionsCommandOutput>('DescribeRegions', { params: () => ({ AllRegions: true }) });

export const SCAN_CALLS: readonly AnyCall[] = [GET_CALLER_IDENTITY, DESCRIBE_REGIONS];
