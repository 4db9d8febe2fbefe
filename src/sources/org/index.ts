/**
 * `soc2 scan --org`: list the organization's accounts in the management
 * account, choose some (--accounts, --ou, --exclude-accounts, --shard),
 * then scan them a few at a time, each in its own assumed role and with the
 * live source's own limits, so calls in flight stay under
 * `accountConcurrency × concurrency`. Each account is evaluated and released
 * before the next one starts: memory holds the findings, not every
 * account's raw responses. An account that cannot be scanned is UNKNOWN
 * with its reason and never stops the others.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import pLimit from 'p-limit';
import type { Io } from '../../io.js';
import type { EvidenceDates, Finding } from '../../engine/finding.js';
import { notEvaluatedFinding } from '../../engine/rule-selection.js';
import type { Rule } from '../../engine/rule.js';
import type { RunOptions } from '../../engine/run.js';
import { InputError } from '../../errors.js';
import { Inventory } from '../../inventory/inventory.js';
import type { Gap } from '../../inventory/model.js';
import { ClientPool, customEndpointConfigured } from '../live/clients.js';
import { describeError } from '../live/errors.js';
import { RATE_LIMITS, type RateLimits } from '../live/rate-limits.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../live/index.js';
import { checkProfileExists } from '../live/profiles.js';
import { Recorder } from '../live/recorder.js';
import { configuredRegion, partitionGlobalRegion, validateRegionNames } from '../live/regions.js';
import type { SourceResult } from '../source.js';
import { listOrganization, type OrgAccount } from './accounts.js';
import { scanMember, type MemberOutcome } from './member-scan.js';
import { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_ROLE_NAME } from './defaults.js';
import { selectAccounts, type Shard } from './select.js';

export { DEFAULT_ACCOUNT_CONCURRENCY, DEFAULT_ROLE_NAME };

export interface OrgOptions {
  profile?: string;
  regions: string[];
  roleName?: string;
  externalId?: string;
  accounts: string[];
  excludeAccounts: string[];
  ous: string[];
  shard?: Shard;
  /** Calls in flight in one account. */
  concurrency?: number;
  laneConcurrency?: number;
  /** Accounts scanned at once. */
  accountConcurrency?: number;
  quiet: boolean;
  /** Tests and tools: fixed credentials instead of the provider chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Tests and tools: one endpoint for every service (production uses AWS_ENDPOINT_URL*). */
  endpoint?: string;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Client-side pacing per service, per account (default AWS's limits). */
  rateLimits?: RateLimits;
  /** `config`: configurations from AWS Config (each member's own, or `aggregator`'s). */
  inventory?: 'api' | 'config';
  /** An AWS Config aggregator in the caller's account and home region, with `inventory: 'config'`. */
  aggregator?: string;
  /** Keep each account's raw responses here, gzipped, for the pack (`snapshot-<account>.json.gz`). */
  snapshotDir?: string;
  /**
   * Each account's findings are handed here when its scan ends instead of
   * being kept: the result's `findings` is then empty, and the organization
   * never holds more than the accounts being scanned.
   */
  findingSink?: (findings: readonly Finding[]) => void;
}

export interface OrgEvaluation {
  rules: readonly Rule[];
  /** Suppressions, clock and the used-suppressions set; `notEvaluated` is reported once for the organization. */
  run: RunOptions;
}

export interface OrgSourceResult extends SourceResult {
  findings: Finding[];
}

function mergeDates(
  into: EvidenceDates | undefined,
  from: EvidenceDates | undefined,
): EvidenceDates | undefined {
  if (!from) return into;
  if (!into) return { recorded: [...from.recorded], olderFacts: [...from.olderFacts] };
  into.recorded.push(...from.recorded);
  into.olderFacts.push(...from.olderFacts);
  return into;
}

function describeAccount(account: OrgAccount): Record<string, unknown> {
  return {
    id: account.id,
    name: account.name,
    state: account.state,
    ...(account.ous ? { ou: account.ous.map((ou) => ou.name).join('/') } : { ouError: account.ousError }),
    ...(account.tags ? { tags: account.tags } : { tagsError: account.tagsError }),
  };
}

function progressLine(done: number, total: number, account: OrgAccount, outcome: MemberOutcome): string {
  const head = `soc2: account ${done}/${total} ${account.id} (${account.name})`;
  if (outcome.unreachable !== undefined) return `${head}: not scanned, ${outcome.unreachable}\n`;
  const unknown = outcome.findings.filter((f) => f.status === 'UNKNOWN' || f.status === 'ERROR').length;
  const failed = outcome.findings.filter((f) => f.status === 'FAIL').length;
  return `${head}: ${outcome.apiRequests} calls, ${outcome.findings.length} findings, ${failed} FAIL, ${unknown} UNKNOWN\n`;
}

export async function loadOrgSource(
  options: OrgOptions,
  evaluation: OrgEvaluation,
  io: Io,
): Promise<OrgSourceResult> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const startedAt = new Date();
  if (options.regions.includes('all') && options.regions.length > 1)
    throw new InputError('--region: "all" cannot be combined with region names');
  if (!options.regions.includes('all')) validateRegionNames(options.regions);
  const accountConcurrency = options.accountConcurrency ?? DEFAULT_ACCOUNT_CONCURRENCY;
  if (!Number.isInteger(accountConcurrency) || accountConcurrency < 1)
    throw new InputError(
      `--account-concurrency must be a whole number of at least 1, got ${String(options.accountConcurrency)}`,
    );
  if (
    options.concurrency !== undefined &&
    (!Number.isInteger(options.concurrency) || options.concurrency < 1)
  )
    throw new InputError(
      `--concurrency must be a whole number of at least 1, got ${String(options.concurrency)}`,
    );
  await checkProfileExists(options.profile, io.env);
  const homeRegion = await configuredRegion(options.profile);
  // Member scans need one region list that every account is asked for: the configured region by default.
  const regions = options.regions.length > 0 ? options.regions : [homeRegion];
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const rec = new Recorder({ global: 8, perServiceAndRegion: 4 });
  const clients = new ClientPool({
    credentials:
      options.credentials ??
      fromNodeProviderChain(options.profile === undefined ? {} : { profile: options.profile }),
    profile: options.profile,
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts ?? 8,
    maxSockets: 8,
    requestTimeoutMs,
    retryBudgetMs: 4 * requestTimeoutMs,
    customEndpoint:
      options.endpoint !== undefined ||
      customEndpointConfigured(io.env) ||
      customEndpointConfigured(process.env),
    rateLimits: options.rateLimits ?? RATE_LIMITS,
  });
  try {
    const who = await rec.call('sts', 'GetCallerIdentity', homeRegion, undefined, () =>
      clients.get(STSClient, homeRegion).send(new GetCallerIdentityCommand({})),
    );
    if (!who.value?.Account || !who.value.Arn)
      throw new InputError(
        `--org: cannot identify the AWS account (sts:GetCallerIdentity): ${who.error ? describeError(who.error) : 'no account in the answer'}; check credentials and profile`,
      );
    const caller = { account: who.value.Account, arn: who.value.Arn, userId: who.value.UserId ?? '' };
    const partition = caller.arn.split(':')[1] || 'aws';
    const globalRegion = partitionGlobalRegion(partition);
    const org = await listOrganization(rec, clients, globalRegion);
    const selection = selectAccounts(org, {
      accounts: options.accounts,
      excludeAccounts: options.excludeAccounts,
      ous: options.ous,
      shard: options.shard,
    });
    for (const note of selection.notes) io.stderr.write(`soc2: ${note}\n`);
    const chosen = selection.accounts;
    if (!options.quiet) {
      const shard = options.shard ? ` (shard ${options.shard.index}/${options.shard.count})` : '';
      io.stderr.write(
        `soc2: organization ${org.id}: ${org.accounts.length} accounts, scanning ${chosen.length}${shard}, ${accountConcurrency} at a time, in ${regions.join(', ')}\n`,
      );
    }

    const { notEvaluated, ...run } = evaluation.run;
    const findings: Finding[] = [];
    const gaps: Gap[] = [];
    const scannedRegions = new Set<string>();
    const dataSources = new Set<string>(rec.calls.map((call) => `${call.service}:${call.action}`));
    const unreachable: { account: string; reason: string }[] = [];
    const snapshotFiles: { name: string; path: string }[] = [];
    let apiRequests = rec.requests;
    let evidenceDates: EvidenceDates | undefined;
    let done = 0;
    const limit = pLimit(accountConcurrency);
    await Promise.all(
      chosen.map((account) =>
        limit(async () => {
          const outcome = await scanMember(
            account,
            {
              clients,
              globalRegion,
              partition,
              roleName: options.roleName ?? DEFAULT_ROLE_NAME,
              externalId: options.externalId,
              managementAccountId: org.managementAccountId,
              regions,
              concurrency: options.concurrency,
              laneConcurrency: options.laneConcurrency,
              endpoint: options.endpoint,
              maxAttempts: options.maxAttempts,
              rateLimits: options.rateLimits,
              inventory: options.inventory,
              ...(options.aggregator !== undefined
                ? { aggregator: { name: options.aggregator, region: homeRegion } }
                : {}),
              requestTimeoutMs: options.requestTimeoutMs,
              rules: evaluation.rules,
              run,
              snapshotDir: options.snapshotDir,
            },
            io,
          );
          if (options.findingSink) options.findingSink(outcome.findings);
          else findings.push(...outcome.findings);
          gaps.push(...outcome.gaps);
          for (const region of outcome.regions) scannedRegions.add(region);
          for (const source of outcome.dataSources) dataSources.add(source);
          if (outcome.unreachable !== undefined)
            unreachable.push({ account: account.id, reason: outcome.unreachable });
          else dataSources.add('sts:AssumeRole');
          apiRequests += outcome.apiRequests;
          if (outcome.snapshotFile) snapshotFiles.push(outcome.snapshotFile);
          evidenceDates = mergeDates(evidenceDates, outcome.evidenceDates);
          done += 1;
          if (!options.quiet || outcome.unreachable !== undefined)
            io.stderr.write(progressLine(done, chosen.length, account, outcome));
        }),
      ),
    );
    // A rule that cannot run on a live source is reported once for the organization, not once per account.
    for (const entry of notEvaluated ?? []) {
      const rule = evaluation.rules.find((candidate) => candidate.id === entry.ruleId);
      if (entry.required && rule) findings.push(notEvaluatedFinding(rule, entry, 'live'));
    }
    if (options.findingSink && findings.length > 0) options.findingSink(findings.splice(0));
    const accountIds = chosen.map((account) => account.id);
    const regionList =
      scannedRegions.size > 0 ? [...scannedRegions].sort() : regions.filter((r) => r !== 'all');
    const scope = options.shard ? `${org.id}-shard-${options.shard.index}-of-${options.shard.count}` : org.id;
    const parameters: Record<string, unknown> = {
      organization: org.id,
      managementAccount: org.managementAccountId,
      roleName: options.roleName ?? DEFAULT_ROLE_NAME,
      regions,
      accountConcurrency,
      apiRequests,
      accountsInOrganization: org.accounts.length,
      accountsScanned: chosen.map(describeAccount),
      ...(unreachable.length > 0 ? { accountsNotScanned: unreachable } : {}),
      ...(options.accounts.length > 0 ? { accounts: options.accounts } : {}),
      ...(options.excludeAccounts.length > 0 ? { excludeAccounts: options.excludeAccounts } : {}),
      ...(options.ous.length > 0 ? { ous: options.ous } : {}),
      ...(options.shard ? { shard: `${options.shard.index}/${options.shard.count}` } : {}),
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
    };
    return {
      inventory: new Inventory([], gaps, {
        source: 'live',
        accounts: accountIds,
        regions: regionList,
        scannedAt: startedAt.toISOString(),
      }),
      findings,
      scope,
      callerIdentity: caller,
      accounts: accountIds,
      regions: regionList,
      dataSources: [...dataSources].sort(),
      ...(evidenceDates ? { evidenceDates } : {}),
      ...(snapshotFiles.length > 0
        ? { evidenceFiles: snapshotFiles.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) }
        : {}),
      parameters,
    };
  } finally {
    clients.destroy();
  }
}
