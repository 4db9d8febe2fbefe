/**
 * The calls a scan sends before any service's collectors run: who the
 * credentials are, which regions the account has enabled, and where the
 * services that AWS does not offer everywhere are offered.
 */
import type { DescribeRegionsCommandOutput } from '@aws-sdk/client-ec2';
import type { GetParametersByPathCommandOutput } from '@aws-sdk/client-ssm';
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

/** AWS's public list of the regions that offer a service (availability.ts): its public parameters' path. */
export function serviceRegionsPath(ssmName: string): string {
  return `/aws/service/global-infrastructure/services/${ssmName}/regions`;
}

/**
 * The regions that offer one service (`bedrock`), from AWS's public SSM
 * parameters: one paginated read per partially offered service and scan.
 */
export const GET_SERVICE_REGIONS = serviceCalls('ssm', '@aws-sdk/client-ssm', 'ssm').call<
  GetParametersByPathCommandOutput,
  string
>('GetParametersByPath', {
  params: (ssmName) => ({ Path: serviceRegionsPath(ssmName) }),
  // Public parameters: their ARNs have no account.
  resources: ['arn:aws:ssm:*:*:parameter/aws/service/global-infrastructure/services/*'],
});

export const SCAN_CALLS: readonly AnyCall[] = [GET_CALLER_IDENTITY, DESCRIBE_REGIONS, GET_SERVICE_REGIONS];
