/** Which regions a live scan covers: an explicit list, `all` enabled regions, or the configured default. */
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import { InputError } from '../../errors.js';
import type { ClientPool } from './clients.js';
import { describeError } from './errors.js';
import type { Recorder } from './recorder.js';

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
export const FALLBACK_REGION = 'us-east-1';

/** The region the SDK would pick (AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`), else us-east-1. */
export async function configuredRegion(profile: string | undefined): Promise<string> {
  const probe = new STSClient(profile === undefined ? {} : { profile });
  try {
    const region = await probe.config.region();
    return region && REGION_NAME.test(region) ? region : FALLBACK_REGION;
  } catch {
    return FALLBACK_REGION;
  } finally {
    probe.destroy();
  }
}

export function validateRegionNames(regions: readonly string[]): void {
  for (const region of regions) {
    if (!REGION_NAME.test(region)) {
      throw new InputError(`--region: "${region}" is not an AWS region name (e.g. us-east-1), nor "all"`);
    }
  }
}

/** `all`: every region the account has enabled (opt-in regions only when opted in). */
export async function enabledRegions(
  rec: Recorder,
  clients: ClientPool,
  homeRegion: string,
): Promise<string[]> {
  const answer = await rec.call('ec2', 'DescribeRegions', homeRegion, { AllRegions: true }, () =>
    clients.get(EC2Client, homeRegion).send(new DescribeRegionsCommand({ AllRegions: true })),
  );
  if (answer.error) {
    throw new InputError(
      `--region all: could not list the account's regions (ec2:DescribeRegions): ${describeError(answer.error)}`,
    );
  }
  const enabled = (answer.value?.Regions ?? [])
    .filter((region) => region.OptInStatus === undefined || region.OptInStatus !== 'not-opted-in')
    .map((region) => region.RegionName)
    .filter((name): name is string => !!name);
  return [...new Set(enabled)].sort();
}

export function partitionGlobalRegion(partition: string): string {
  if (partition === 'aws-cn') return 'cn-north-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return FALLBACK_REGION;
}
