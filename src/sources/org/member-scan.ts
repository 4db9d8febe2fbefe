/**
 * One member account: assume the scan role, run the live source in it (the
 * same collectors, limits and snapshot as a single-account scan), evaluate
 * the rules on its own inventory (a control missing in one account is not
 * hidden by another account's), and keep only the findings and gaps: the
 * raw responses and the inventory are released when this returns.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { Io } from '../../io.js';
import type { EvidenceDates, Finding } from '../../engine/finding.js';
import type { Rule } from '../../engine/rule.js';
import { runRules, type RunOptions } from '../../engine/run.js';
import { InputError } from '../../errors.js';
import type { Gap } from '../../inventory/model.js';
import type { ClientPool } from '../live/clients.js';
import { describeError, toCallError } from '../live/errors.js';
import { aggregatorConfig } from '../config/aggregator.js';
import { loadConfigSource } from '../config/index.js';
import { accountConfig } from '../config/read.js';
import { loadLiveSource } from '../live/index.js';
import type { RateLimits } from '../live/rate-limits.js';
import type { OrgAccount } from './accounts.js';
import { refreshingCredentials } from './credentials.js';
import { unreachableFindings, unreachableGaps } from './unreachable.js';

export interface MemberScanSettings {
  /** Management-side clients: sts:AssumeRole is sent with the caller's own credentials. */
  clients: ClientPool;
  globalRegion: string;
  partition: string;
  roleName: string;
  externalId?: string;
  managementAccountId?: string;
  regions: string[];
  concurrency?: number;
  laneConcurrency?: number;
  endpoint?: string;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  rateLimits?: RateLimits;
  /** `config`: configurations from AWS Config, the member's own or `aggregator`'s. */
  inventory?: 'api' | 'config';
  /** The aggregator (in the caller's account and home region) holding every member's configuration items. */
  aggregator?: { name: string; region: string };
  rules: readonly Rule[];
  run: RunOptions;
  /** Where each scanned account's raw responses go, gzipped, before they are released (for the pack). */
  snapshotDir?: string;
}

export interface MemberOutcome {
  account: string;
  /** Why the account could not be scanned at all; undefined when it was. */
  unreachable?: string;
  findings: Finding[];
  gaps: Gap[];
  regions: string[];
  dataSources: string[];
  apiRequests: number;
  evidenceDates?: EvidenceDates;
  /** The account's snapshot, written to `snapshotDir`. */
  snapshotFile?: { name: string; path: string };
}

const gzipAsync = promisify(gzip);

/** `soc2 scan --snapshot` replays it (one account); the pack hashes it like its other files. */
async function keepSnapshot(
  dir: string,
  account: string,
  snapshot: unknown,
): Promise<{ name: string; path: string }> {
  const name = `snapshot-${account}.json.gz`;
  const path = join(dir, name);
  await writeFile(path, await gzipAsync(JSON.stringify(snapshot)));
  return { name, path };
}

/** Findings of an organization scan name their account; an id that does not is qualified by it, so ids stay unique across accounts. */
function inAccount(finding: Finding, account: string): Finding {
  const id = finding.resource.id.includes(account)
    ? finding.resource.id
    : `${account}/${finding.resource.id}`;
  return { ...finding, resource: { ...finding.resource, id, account: finding.resource.account ?? account } };
}

function roleArnOf(settings: MemberScanSettings, account: string): string {
  return `arn:${settings.partition}:iam::${account}:role/${settings.roleName}`;
}

async function assumeRole(settings: MemberScanSettings, roleArn: string): Promise<AwsCredentialIdentity> {
  const answer = await settings.clients.get(STSClient, settings.globalRegion).send(
    new AssumeRoleCommand({
      RoleArn: roleArn,
      RoleSessionName: 'soc2-evidence-org-scan',
      ...(settings.externalId === undefined ? {} : { ExternalId: settings.externalId }),
    }),
  );
  const credentials = answer.Credentials;
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey)
    throw new Error(`sts:AssumeRole answered no credentials for ${roleArn}`);
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
  };
}

function unreachable(
  account: string,
  action: string,
  reason: string,
  settings: MemberScanSettings,
): MemberOutcome {
  const gaps = unreachableGaps(account, action, reason);
  return {
    account,
    unreachable: reason,
    findings: unreachableFindings(account, gaps, settings.regions, settings.rules, settings.run).map(
      (finding) => inAccount(finding, account),
    ),
    gaps,
    regions: [],
    dataSources: [],
    apiRequests: 0,
  };
}

export async function scanMember(
  account: OrgAccount,
  settings: MemberScanSettings,
  io: Io,
): Promise<MemberOutcome> {
  if (account.state !== 'ACTIVE')
    return unreachable(
      account.id,
      'organizations:ListAccounts',
      `account ${account.id} is ${account.state} in AWS Organizations, so it was not scanned`,
      settings,
    );
  const roleArn = roleArnOf(settings, account.id);
  const credentials: AwsCredentialIdentityProvider = refreshingCredentials(() =>
    assumeRole(settings, roleArn),
  );
  try {
    await credentials();
  } catch (error) {
    const hint =
      account.id === settings.managementAccountId
        ? ' (the management account: StackSets with service-managed permissions do not deploy the role there; create it by hand, or --exclude-accounts it)'
        : '';
    return unreachable(
      account.id,
      'sts:AssumeRole',
      `could not assume ${roleArn}: ${describeError(toCallError(error))}${hint}`,
      settings,
    );
  }
  try {
    const aggregator = settings.aggregator;
    const load: typeof loadLiveSource =
      settings.inventory === 'config'
        ? (options, memberIo) =>
            loadConfigSource(
              options,
              memberIo,
              aggregator
                ? () => aggregatorConfig({ ...aggregator, clients: settings.clients, account: account.id })
                : accountConfig,
            )
        : loadLiveSource;
    const source = await load(
      {
        regions: settings.regions,
        quiet: true,
        credentials,
        concurrency: settings.concurrency,
        laneConcurrency: settings.laneConcurrency,
        endpoint: settings.endpoint,
        maxAttempts: settings.maxAttempts,
        requestTimeoutMs: settings.requestTimeoutMs,
        rateLimits: settings.rateLimits,
        // The organization prints one line per account instead of each account's heartbeat.
        heartbeatMs: 2 ** 31 - 1,
      },
      io,
    );
    const findings = runRules(source.inventory, settings.rules, settings.run).map((finding) =>
      inAccount(finding, account.id),
    );
    return {
      account: account.id,
      findings,
      gaps: source.inventory.gaps.map((gap) => ({ ...gap, account: gap.account ?? account.id })),
      regions: source.regions ?? [],
      dataSources: source.dataSources,
      apiRequests: typeof source.parameters.apiRequests === 'number' ? source.parameters.apiRequests : 0,
      ...(source.evidenceDates ? { evidenceDates: source.evidenceDates } : {}),
      ...(settings.snapshotDir !== undefined
        ? { snapshotFile: await keepSnapshot(settings.snapshotDir, account.id, source.snapshot) }
        : {}),
    };
  } catch (error) {
    // The account's own checks (its caller identity, its regions), or anything else, fail that account only.
    const message = error instanceof Error ? error.message : String(error);
    const action = /\(([a-z0-9-]+:[A-Za-z]+)\)/.exec(message)?.[1] ?? 'soc2:scan';
    const reason = error instanceof InputError ? message : `the scan of the account failed: ${message}`;
    return unreachable(account.id, action, reason, settings);
  }
}
