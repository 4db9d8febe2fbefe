/** Which regions a live scan covers: an explicit list, `all` enabled regions, or the configured default. */
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { STSClient } from '@aws-sdk/client-sts';
import { closest } from 'fastest-levenshtein';
import { InputError } from '../../errors.js';
import type { ClientPool } from './clients.js';
import { describeError } from './errors.js';
import type { Recorder } from './recorder.js';
import { DESCRIBE_REGIONS } from './scan-calls.js';
import { send } from './service.js';

const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d+$/;
export const FALLBACK_REGION = 'us-east-1';

/** The region the SDK would pick (AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`), if any. */
export async function configuredRegionIfAny(profile: string | undefined): Promise<string | undefined> {
  const probe = new STSClient(profile === undefined ? {} : { profile });
  try {
    const region = await probe.config.region();
    return region && REGION_NAME.test(region) ? region : undefined;
  } catch {
    return undefined;
  } finally {
    probe.destroy();
  }
}

/** The configured region, else us-east-1. */
export async function configuredRegion(profile: string | undefined): Promise<string> {
  return (await configuredRegionIfAny(profile)) ?? FALLBACK_REGION;
}

export function validateRegionNames(regions: readonly string[]): void {
  for (const region of regions) {
    if (!REGION_NAME.test(region)) {
      throw new InputError(`--region: "${region}" is not an AWS region name (e.g. us-east-1), nor "all"`);
    }
  }
}

interface AccountRegion {
  name: string;
  enabled: boolean;
}

async function accountRegions(
  rec: Recorder,
  clients: ClientPool,
  homeRegion: string,
): Promise<{ regions?: AccountRegion[]; why?: string }> {
  const answer = await send(rec, DESCRIBE_REGIONS, homeRegion, undefined, () =>
    clients.get(EC2Client, homeRegion).send(new DescribeRegionsCommand({ AllRegions: true })),
  );
  if (answer.error) return { why: describeError(answer.error) };
  const regions = (answer.value?.Regions ?? [])
    .filter((region) => !!region.RegionName)
    .map((region) => ({ name: region.RegionName!, enabled: region.OptInStatus !== 'not-opted-in' }));
  return { regions };
}

/** `all`: every region the account has enabled (opt-in regions only when opted in). */
export async function enabledRegions(
  rec: Recorder,
  clients: ClientPool,
  homeRegion: string,
): Promise<string[]> {
  const { regions, why } = await accountRegions(rec, clients, homeRegion);
  if (!regions) {
    throw new InputError(
      `--region all: could not list the account's regions (ec2:DescribeRegions): ${why ?? 'no answer'}`,
    );
  }
  return [...new Set(regions.filter((region) => region.enabled).map((region) => region.name))].sort();
}

/**
 * `--region a,b`: each name must be a region the account has enabled, checked
 * before the long part of the scan (a typo would otherwise run to the end and
 * report every check UNKNOWN). When the list cannot be read, the scan goes on
 * and the calls to a wrong region fail on their own.
 */
export async function checkRequestedRegions(
  rec: Recorder,
  clients: ClientPool,
  homeRegion: string,
  requested: readonly string[],
  account: string,
): Promise<void> {
  const { regions } = await accountRegions(rec, clients, homeRegion);
  if (!regions || regions.length === 0) return;
  const enabled = regions.filter((region) => region.enabled).map((region) => region.name);
  const problems: string[] = [];
  for (const name of requested) {
    const known = regions.find((region) => region.name === name);
    if (!known) {
      const suggestion = enabled.length > 0 ? `; did you mean ${closest(name, enabled)}?` : '';
      problems.push(`"${name}" is not an AWS region${suggestion}`);
    } else if (!known.enabled) {
      problems.push(`"${name}" is not enabled in account ${account} (an opt-in region)`);
    }
  }
  if (problems.length > 0) throw new InputError(`--region: ${problems.join('; ')}`);
}

export function partitionGlobalRegion(partition: string): string {
  if (partition === 'aws-cn') return 'cn-north-1';
  if (partition === 'aws-us-gov') return 'us-gov-west-1';
  return FALLBACK_REGION;
}
