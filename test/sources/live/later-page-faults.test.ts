/**
 * A paginated call that fails after its first page succeeded. A collector
 * that kept page 1 and dropped the error would hand the rules a partial
 * population, and a rule over the population ("no public snapshot", "every
 * trail ...") would PASS on it. The server pages by one item, so every list of
 * the sample account with two or more entries pages; for each action that
 * did, a later page is denied (in shards of one action per service, each
 * action's gaps told apart by the action they name), then all of them are
 * throttled with no retry left (one scan). Each time:
 *   (a) the failure is recorded, every population a denied first page leaves
 *       unread has a gap, so does every population that lost a resource, and
 *       the run is incomplete (exit 3);
 *   (b) no finding PASSes that did not PASS without the fault, and no
 *       account- or region-level finding of a rule over an unread population
 *       PASSes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import type { Finding } from '../../../src/engine/finding.js';
import { runRules } from '../../../src/engine/run.js';
import type { Gap, Resource, ResourceType } from '../../../src/inventory/model.js';
import { loadLiveSource, type LiveOptions } from '../../../src/sources/live/index.js';
import type { Snapshot } from '../../../src/sources/snapshot/format.js';
import {
  sampleAccount,
  startFakeAws,
  type FakeAccount,
  type FakeAws,
  type FaultRule,
} from '../../support/aws-server/index.js';
import { captureIo, SCANNED_AT, TEST_CREDENTIALS } from './helpers.js';

interface Scan {
  findings: Finding[];
  gaps: readonly Gap[];
  resources: readonly Resource[];
  snapshot: Snapshot;
  /** The server's record of this scan's calls. */
  calls: FakeAws['calls'];
  incompleteExit: number;
}

/** Scans on one server, the faults replaced for each scan. */
async function scanner(account: FakeAccount) {
  const fake = await startFakeAws({ account, pageSize: 1 });
  const scan = async (faults: FaultRule[], live: Partial<LiveOptions> = {}): Promise<Scan> => {
    fake.setFaults(faults);
    const from = fake.calls.length;
    const result = await loadLiveSource(
      {
        regions: account.enabledRegions,
        quiet: true,
        endpoint: fake.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 3,
        ...live,
      },
      captureIo(),
    );
    const findings = runRules(result.inventory, allRules, { now: SCANNED_AT });
    return {
      findings,
      gaps: result.inventory.gaps,
      resources: result.inventory.resources,
      snapshot: result.snapshot as Snapshot,
      calls: fake.calls.slice(from),
      incompleteExit: exitCodeFor(findings, { failOn: 'none', failOnUnknown: true }),
    };
  };
  return { fake, scan };
}

const { fake, scan } = await scanner(sampleAccount());
afterAll(() => fake.close());

const baseline = await scan([]);
/** Every action the baseline asked a second page of, with the regions it did. */
const paged = new Map<string, Set<string>>();
for (const call of baseline.calls) {
  if (!call.laterPage) continue;
  paged.set(call.action, (paged.get(call.action) ?? new Set<string>()).add(call.region));
}
const PAGED_ACTIONS = [...paged.keys()].sort();

/** Where the action paged, or account-wide: the only places a later-page fault reaches. */
function reachable(action: string, gap: Gap): boolean {
  return gap.region === undefined || (paged.get(action)?.has(gap.region) ?? false);
}

/**
 * The name a gap gives the action: the scan's service name (`elbv2:DescribeListeners`), which is not always the
 * signing name the server records (`elasticloadbalancing:DescribeListeners`).
 */
function gapActionOf(action: string): string {
  const operation = action.slice(action.indexOf(':') + 1);
  const names = new Set(
    baseline.snapshot.calls
      .filter((call) => call.action === operation)
      .map((call) => `${call.service}:${call.action}`),
  );
  if (names.size !== 1) throw new Error(`${action}: not one service calls ${operation}: ${[...names]}`);
  return [...names][0]!;
}

/**
 * The oracle: the paged actions denied outright, all in one scan; each gap names the call it comes from. An
 * action only asked for from another's answer (prefix lists from security groups, SSL policies from listeners)
 * is not asked for when that one is denied too: those are denied again in a scan of their own.
 */
const oracleScans: Scan[] = [];
const oracleGaps: Gap[] = [];
for (let pending = PAGED_ACTIONS; pending.length > 0;) {
  const denied = await scan(pending.map((action) => ({ action, kind: 'AccessDenied' })));
  oracleScans.push(denied);
  const asked = pending.filter((action) => denied.calls.some((call) => call.action === action));
  const names = new Set(asked.map(gapActionOf));
  oracleGaps.push(...denied.gaps.filter((gap) => gap.action !== undefined && names.has(gap.action)));
  const left = pending.filter((action) => !asked.includes(action));
  if (left.length === pending.length) throw new Error(`never asked for: ${left.join(', ')}`);
  pending = left;
}
function firstPageGaps(action: string): Gap[] {
  const named = gapActionOf(action);
  return oracleGaps.filter((gap) => gap.action === named && reachable(action, gap));
}
/**
 * Lists the normalizers read as lookup tables, not populations (elbv2 SSL
 * policies: the inventory falls back to its built-in table, else Unknown):
 * denied outright they leave no gap, so losing their later pages may not either.
 */
const lookupTables = new Set<string>(
  baseline.resources
    .map((resource) => resource.type)
    .filter(
      (type) =>
        oracleScans.some((denied) => !denied.resources.some((resource) => resource.type === type)) &&
        !oracleScans.some((denied) => denied.gaps.some((gap) => gap.resourceType === type)),
    ),
);

const key = (finding: Finding) => `${finding.ruleId} ${finding.resource.id}`;
const baselinePasses = new Set(baseline.findings.filter((f) => f.status === 'PASS').map(key));
const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

/** `type@region` (`*`: account-wide). */
const place = (gap: { resourceType: string; region?: string | undefined }) =>
  `${gap.resourceType}@${gap.region ?? '*'}`;

/** The engine's reading (touched-gaps.ts): a gap bears on a resource when account-wide or in its region. */
const covers = (gap: Gap, region: string | undefined) =>
  gap.region === undefined || region === undefined || gap.region === region;

/** A finding on the account or a region as a whole (a verdict over populations, not on one resource). */
const isPlaceLevel = (type: string) => type === 'aws-account' || /-region(-settings)?$/.test(type);

/** Baseline resources of `types` the faulted scan lost where none of its gaps bears on them. */
function lostWithoutGap(faulted: Scan, types: (type: string) => boolean): string[] {
  const kept = new Set(faulted.resources.map((resource) => `${resource.type} ${resource.id}`));
  return baseline.resources
    .filter((resource) => types(resource.type) && !kept.has(`${resource.type} ${resource.id}`))
    .filter(
      (resource) =>
        !faulted.gaps.some((gap) => gap.resourceType === resource.type && covers(gap, resource.region)),
    )
    .map((resource) => `${resource.type}@${resource.region ?? '*'} ${resource.id}`);
}

/** PASS verdicts the baseline did not have: a fault can only take verdicts away. */
function newPasses(faulted: Scan): string[] {
  return faulted.findings
    .filter((finding) => finding.status === 'PASS' && !baselinePasses.has(key(finding)))
    .map(key);
}

/** Account- or region-level PASS verdicts of rules over a population `unread` leaves incomplete. */
function placePassesOver(faulted: Scan, unread: readonly Gap[]): string[] {
  const wrong: string[] = [];
  for (const finding of faulted.findings) {
    if (finding.status !== 'PASS' || !isPlaceLevel(finding.resource.type)) continue;
    const rule = rulesById.get(finding.ruleId);
    const over = new Set<ResourceType>([...(rule?.appliesTo ?? []), ...(rule?.reads ?? [])]);
    const gap = unread.find(
      (candidate) => over.has(candidate.resourceType) && covers(candidate, finding.resource.region),
    );
    if (gap) wrong.push(`${key(finding)}: PASS while ${place(gap)} was not fully read`);
  }
  return wrong;
}

/** A failure of the action is in the snapshot. */
function recordsFailure(faulted: Scan, action: string): boolean {
  const operation = action.slice(action.indexOf(':') + 1);
  return faulted.snapshot.calls.some((call) => call.action === operation && call.error !== undefined);
}

/**
 * Shards of one action per service: a shard's actions are denied in one scan,
 * and each one's gaps are told apart by the action they name.
 */
const shards: string[][] = [];
const perService = new Map<string, number>();
for (const action of PAGED_ACTIONS) {
  const service = action.slice(0, action.indexOf(':'));
  const index = perService.get(service) ?? 0;
  perService.set(service, index + 1);
  (shards[index] ??= []).push(action);
}
const shardScans = new Map<number, Promise<Scan>>();
function laterPagesDenied(action: string): Promise<Scan> {
  const index = shards.findIndex((shard) => shard.includes(action));
  let scanned = shardScans.get(index);
  if (!scanned) {
    scanned = scan(
      shards[index]!.map((each) => ({ action: each, kind: 'AccessDenied', onlyLaterPages: true })),
    );
    shardScans.set(index, scanned);
  }
  return scanned;
}

describe('a paginated call that fails after its first page', () => {
  it('the baseline reads everything and pages; the oracle leaves gaps', () => {
    expect(baseline.gaps).toEqual([]);
    // Lists of the sample account longer than one; a collector added later joins the table below on its own.
    expect(PAGED_ACTIONS).toEqual(
      expect.arrayContaining(['iam:ListUsers', 'kms:ListKeys', 'rds:DescribeDBSnapshots', 's3:ListBuckets']),
    );
    expect(PAGED_ACTIONS.length).toBeGreaterThanOrEqual(30);
    expect(oracleGaps.length).toBeGreaterThan(0);
    expect([...lookupTables]).toEqual(['elbv2-ssl-policy']);
  });

  it.each(PAGED_ACTIONS)('%s denied on page 2+: incomplete, no PASS on the unread rest', async (action) => {
    const faulted = await laterPagesDenied(action);
    const ofAction = faulted.calls.filter((call) => call.action === action);
    // The fault hit a later page, after a first page that succeeded.
    expect(
      ofAction.some((call) => !call.laterPage && call.status === 200),
      'page 1 answered',
    ).toBe(true);
    expect(
      ofAction.some((call) => call.laterPage && call.status >= 400),
      'page 2+ denied',
    ).toBe(true);
    expect(recordsFailure(faulted, action), 'the failure is in the snapshot').toBe(true);

    // (a) Every population a denied first page leaves unread has a gap naming the action...
    const expected = firstPageGaps(action);
    const named = gapActionOf(action);
    const own = faulted.gaps.filter((gap) => gap.action === named);
    expect([...new Set(own.map(place))], 'gaps as when the first page is denied').toEqual(
      expect.arrayContaining([...new Set(expected.map(place))]),
    );
    // ... bearing on every resource of it the scan lost (no silent partial list).
    const types = new Set<string>(expected.map((gap) => gap.resourceType));
    expect(
      lostWithoutGap(faulted, (type) => types.has(type)),
      'lost without a gap',
    ).toEqual([]);
    if (own.length > 0) {
      const naming = faulted.findings.filter(
        (finding) =>
          finding.status === 'UNKNOWN' &&
          `${finding.message} ${JSON.stringify(finding.evidence ?? {})}`.includes(named),
      );
      expect(naming.length, 'UNKNOWN findings naming the failure (exit 3)').toBeGreaterThan(0);
      expect(faulted.incompleteExit).toBe(3);
    }

    // (b) No new PASS, and no account- or region-level PASS over the unread population.
    expect(newPasses(faulted)).toEqual([]);
    expect(placePassesOver(faulted, [...expected, ...own])).toEqual([]);
  });

  it('every paged action throttled on page 2+, no retry left: the same, together', async () => {
    const faulted = await scan(
      PAGED_ACTIONS.map((action) => ({ action, kind: 'Throttling', onlyLaterPages: true })),
      { maxAttempts: 1 },
    );
    // Some lists are only asked for from an earlier list's items, which a fault may have cut short.
    const hit = PAGED_ACTIONS.filter((action) =>
      faulted.calls.some((call) => call.action === action && call.laterPage && call.status >= 400),
    );
    expect(hit.length).toBeGreaterThan(PAGED_ACTIONS.length / 2);
    expect(hit.filter((action) => !recordsFailure(faulted, action))).toEqual([]);
    const expected = hit.flatMap(firstPageGaps);
    expect([...new Set(faulted.gaps.map(place))]).toEqual(
      expect.arrayContaining([...new Set(expected.map(place))]),
    );
    expect(lostWithoutGap(faulted, (type) => !lookupTables.has(type))).toEqual([]);
    expect(faulted.incompleteExit).toBe(3);
    expect(newPasses(faulted)).toEqual([]);
    expect(placePassesOver(faulted, [...expected, ...faulted.gaps])).toEqual([]);
  });
});

describe('a fact list cut short (kms:ListAliases): a reference to an alias on an unread page', () => {
  it('is not resolved to a key, so the queue encrypted under it does not PASS', async () => {
    // alias/payments (the SQS queue payment-events' key) moved last: on a page the fault denies.
    const account = sampleAccount();
    const aliases = account.regions['us-east-1']?.kms?.aliases ?? [];
    expect(aliases[0]?.AliasName).toBe('alias/payments');
    aliases.push(aliases.shift()!);
    const moved = await scanner(account);
    try {
      const check = 'storage-encrypted-with-cmk arn:aws:sqs:us-east-1:123456789012:payment-events';
      const before = await moved.scan([]);
      expect(before.findings.filter((f) => key(f) === check).map((f) => f.status)).toEqual(['PASS']);
      const faulted = await moved.scan([
        { action: 'kms:ListAliases', kind: 'AccessDenied', onlyLaterPages: true },
      ]);
      expect(faulted.findings.filter((f) => key(f) === check).map((f) => f.status)).toEqual(['UNKNOWN']);
      expect(faulted.incompleteExit).toBe(3);
    } finally {
      await moved.fake.close();
    }
  });
});
