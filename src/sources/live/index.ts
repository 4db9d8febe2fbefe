/**
 * The live AWS source: credentials -> caller identity -> regions -> FETCH
 * (every collector, bounded concurrency, raw responses recorded) -> snapshot
 * -> NORMALIZE (the same pure step a snapshot replay runs) -> inventory.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { Io } from '../../io.js';
import type { CallerIdentity } from '../../engine/finding.js';
import type { JsonValue } from '../../engine/rule.js';
import { InputError } from '../../errors.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import type { SourceResult } from '../source.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from '../snapshot/format.js';
import { ClientPool, customEndpointConfigured } from './clients.js';
import { RATE_LIMITS, type RateLimits } from './rate-limits.js';
import { describeError } from './errors.js';
import { FETCHERS } from './fetch/index.js';
import type { FetchContext } from './fetch/types.js';
import { createProgress } from './progress.js';
import { Recorder } from './recorder.js';
import { checkProfileExists } from './profiles.js';
import {
  checkRequestedRegions,
  configuredRegion,
  configuredRegionIfAny,
  enabledRegions,
  partitionGlobalRegion,
  validateRegionNames,
} from './regions.js';
import { callKey } from './call-key.js';
import { availabilitiesOf, LIVE_SERVICES } from './catalog.js';
import { availabilityQueryRegion, availabilitySummary } from './availability.js';
import { AvailabilityLookup } from './availability-fetch.js';
import { GET_CALLER_IDENTITY } from './scan-calls.js';
import { send } from './service.js';
import { liveSourceResult } from './result.js';

/**
 * Calls in flight across the scan (`--concurrency`). Measured on the 5,000-resource
 * benchmark (bench/live.ts): from 64 on, the scan is bound by the SDK's CPU per call,
 * not by waiting; at 16 it waited on latency (5.6 s against 2.4 s, same calls).
 */
export const DEFAULT_CONCURRENCY = 64;
/**
 * Calls in flight to one service in one region, since AWS throttles per action,
 * region and account. 8 was as fast as 16 on the benchmark and opens about 40%
 * fewer connections (each a TLS handshake against AWS).
 */
export const DEFAULT_LANE_CONCURRENCY = 8;

export interface LiveOptions {
  profile?: string;
  /** Region names, or `['all']`; empty: the configured region. */
  regions: string[];
  roleArn?: string;
  externalId?: string;
  /** Calls in flight across the scan. */
  concurrency?: number;
  /** Calls in flight to one service in one region (at most `concurrency`). */
  laneConcurrency?: number;
  quiet: boolean;
  /** Tests and tools: fixed credentials instead of the provider chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Tests and tools: one endpoint for every service (production uses AWS_ENDPOINT_URL*). */
  endpoint?: string;
  /** SDK attempts per call, retries included (default 8). */
  maxAttempts?: number;
  /** Client-side pacing per service (rate-limits.ts): AWS's limits by default, `off` for emulators that never throttle. */
  rateLimits?: RateLimits;
  /**
   * Runs once the regions are known, before any fetcher: another source of the
   * same facts (AWS Config) prefills the recorder. What it returns is kept in
   * the snapshot's parameters.
   */
  beforeFetch?: (
    rec: Recorder,
    clients: ClientPool,
    regions: readonly string[],
  ) => Promise<Record<string, JsonValue>>;
  /** One attempt's limit (default 30 s, or SOC2_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** One call's limit, retries included (default 4 request timeouts). */
  retryBudgetMs?: number;
  /** Without a TTY: a progress line this often (default 10 s, or SOC2_HEARTBEAT_MS). */
  heartbeatMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** A positive whole number of milliseconds from the environment (tests and tuning), else undefined. */
function envMs(env: Record<string, string | undefined>, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new InputError(`${name} must be a whole number of milliseconds, got "${text}"`);
  return value;
}

function credentialsFor(
  options: LiveOptions,
  homeRegion: string,
  requestTimeoutMs: number,
): AwsCredentialIdentity | AwsCredentialIdentityProvider {
  const base =
    options.credentials ??
    fromNodeProviderChain(options.profile === undefined ? {} : { profile: options.profile });
  if (options.roleArn === undefined) return base;
  return fromTemporaryCredentials({
    masterCredentials: base,
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: 'soc2-evidence-scan',
      ...(options.externalId === undefined ? {} : { ExternalId: options.externalId }),
    },
    clientConfig: {
      region: homeRegion,
      requestHandler: { requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true },
      ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    },
  });
}

async function callerIdentity(rec: Recorder, clients: ClientPool, region: string): Promise<CallerIdentity> {
  const answer = await send(rec, GET_CALLER_IDENTITY, region, undefined, () =>
    clients.get(STSClient, region).send(new GetCallerIdentityCommand({})),
  );
  const identity = answer.value;
  if (!identity?.Account || !identity.Arn) {
    const why = answer.error ? describeError(answer.error) : 'no account in the answer';
    throw new InputError(
      `cannot identify the AWS account (sts:GetCallerIdentity): ${why}; check credentials, profile and --role-arn`,
    );
  }
  return { account: identity.Account, arn: identity.Arn, userId: identity.UserId ?? '' };
}

export async function loadLiveSource(options: LiveOptions, io: Io): Promise<SourceResult> {
  const startedAt = new Date();
  // The SDK versions are pinned for Node 20 on purpose (see package.json); its upgrade nag would only be noise on stderr.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const wantsAll = options.regions.includes('all');
  if (!wantsAll) validateRegionNames(options.regions);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InputError(
      `--concurrency must be a whole number of at least 1, got ${String(options.concurrency)}`,
    );
  }
  await checkProfileExists(options.profile, io.env);
  // Identity and the region list are read in the configured region: a mistyped first --region must not be called.
  const explicitRegions = options.regions.length > 0 && !wantsAll;
  const homeRegion = explicitRegions
    ? ((await configuredRegionIfAny(options.profile)) ?? options.regions[0]!)
    : await configuredRegion(options.profile);

  const requestTimeoutMs =
    options.requestTimeoutMs ?? envMs(io.env, 'SOC2_REQUEST_TIMEOUT_MS') ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const progress = createProgress(io, options.quiet, {
    heartbeatMs: options.heartbeatMs ?? envMs(io.env, 'SOC2_HEARTBEAT_MS'),
  });
  const rec = new Recorder(
    {
      global: concurrency,
      perServiceAndRegion: options.laneConcurrency ?? DEFAULT_LANE_CONCURRENCY,
    },
    progress,
  );
  const customEndpoint =
    options.endpoint !== undefined ||
    customEndpointConfigured(io.env) ||
    customEndpointConfigured(process.env);
  const clients = new ClientPool({
    credentials: credentialsFor(options, homeRegion, requestTimeoutMs),
    profile: options.profile,
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts ?? 8,
    maxSockets: concurrency,
    requestTimeoutMs,
    retryBudgetMs: options.retryBudgetMs ?? 4 * requestTimeoutMs,
    onRetry: () => progress.retried(),
    customEndpoint,
    rateLimits: options.rateLimits ?? RATE_LIMITS,
  });

  try {
    const identity = await callerIdentity(rec, clients, homeRegion);
    const partition = identity.arn.split(':')[1] || 'aws';
    const globalRegion = partitionGlobalRegion(partition);
    if (explicitRegions)
      await checkRequestedRegions(rec, clients, homeRegion, options.regions, identity.account);
    const regions = wantsAll
      ? await enabledRegions(rec, clients, homeRegion)
      : options.regions.length > 0
        ? [...new Set(options.regions)]
        : [homeRegion];
    const prefilled = options.beforeFetch ? await options.beforeFetch(rec, clients, regions) : {};
    const ctx: FetchContext = { rec, clients, account: identity.account, partition, globalRegion };
    // Where the services AWS does not offer everywhere are offered: read once, while the others start.
    const availabilities = availabilitiesOf(LIVE_SERVICES);
    const availability = new AvailabilityLookup(
      rec,
      clients,
      availabilityQueryRegion(homeRegion, partition),
      availabilities,
    );
    const unreadWarning = availability.unread().then((unread) => {
      if (unread.length === 0) return;
      io.stderr.write(
        `soc2: warning: could not read where AWS offers ${unread.map(({ title }) => title).join(', ')}; ` +
          `called in every scanned region instead (${unread.map(({ why }) => why).join('; ')})\n`,
      );
    });
    progress.planned(
      FETCHERS.flatMap((fetcher) =>
        (fetcher.scope === 'global' ? [globalRegion] : regions).map((region) => ({
          service: fetcher.service,
          region,
        })),
      ),
    );
    const jobs = FETCHERS.flatMap((fetcher) =>
      (fetcher.scope === 'global' ? [globalRegion] : regions).map(async (region) => {
        const offered =
          fetcher.scope === 'global' ||
          !fetcher.availability ||
          (await availability.offeredIn(fetcher.availability, region));
        if (offered) await fetcher.fetch(ctx, region);
        progress.collectorDone(fetcher.service, region);
      }),
    );
    await Promise.all([...jobs, unreadWarning]);

    const calls = rec.calls
      .map((call) => ({ call, key: callKey(call.service, call.action, call.region, call.params) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ call }) => call);
    const parameters: Record<string, JsonValue> = {
      regions: options.regions.length > 0 ? options.regions : [homeRegion],
      concurrency,
      ...prefilled,
    };
    const serviceAvailability = availabilitySummary(rec.calls, availabilities, regions);
    if (Object.keys(serviceAvailability).length > 0) parameters.serviceAvailability = serviceAvailability;
    if (options.profile !== undefined) parameters.profile = options.profile;
    if (options.roleArn !== undefined) parameters.roleArn = options.roleArn;
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      callerIdentity: identity,
      partition,
      regions,
      globalRegion,
      parameters,
      calls,
    };
    return liveSourceResult(snapshot, 'live', rec.requests);
  } finally {
    progress.stop();
    clients.destroy();
  }
}
