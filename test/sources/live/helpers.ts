/** Runs the live source against the loopback AWS server, quietly, with test credentials. */
import { allRules } from '../../../rules/index.js';
import type { Io } from '../../../src/cli/io.js';
import { exitCodeFor } from '../../../src/cli/exit-codes.js';
import type { Finding } from '../../../src/engine/finding.js';
import { runRules } from '../../../src/engine/run.js';
import { loadLiveSource, type LiveOptions } from '../../../src/sources/live/index.js';
import type { SourceResult } from '../../../src/sources/source.js';
import type { Snapshot } from '../../../src/sources/snapshot/format.js';
import {
  startFakeAws,
  type FakeAccount,
  type FakeAws,
  type FakeAwsOptions,
  type FaultRule,
} from '../../support/aws-server/index.js';

/** Services whose requests are signed under another name than their IAM prefix (the fake records the signing name). */
export const SIGNING_NAME_OF: Readonly<Record<string, string>> = { cloudwatch: 'monitoring' };
export const TEST_CREDENTIALS = { accessKeyId: 'AKIDLIVETEST', secretAccessKey: 'live-test-secret' };
export const SCANNED_AT = new Date('2026-11-20T12:00:00Z');

export function captureIo(env: Record<string, string | undefined> = {}): Io & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: { write: () => true },
    stderr: { write: (text: string) => err.push(text) },
    env,
    cwd: process.cwd(),
  };
}

export interface FakeScan {
  result: SourceResult;
  snapshot: Snapshot;
  fake: FakeAws;
  findings: Finding[];
  /** Exit code with --fail-on none: 3 exactly when evidence is incomplete. */
  incompleteExit: number;
}

/** Starts a server, scans it, closes it. */
export async function scanFake(
  account: FakeAccount,
  options: { server?: Partial<FakeAwsOptions>; faults?: FaultRule[]; live?: Partial<LiveOptions> } = {},
): Promise<FakeScan> {
  const fake = await startFakeAws({ account, ...options.server });
  try {
    if (options.faults) fake.setFaults(options.faults);
    const result = await loadLiveSource(
      {
        regions: account.enabledRegions,
        quiet: true,
        endpoint: fake.endpoint,
        credentials: TEST_CREDENTIALS,
        maxAttempts: 3,
        ...options.live,
      },
      captureIo(),
    );
    const findings = runRules(result.inventory, allRules, { now: SCANNED_AT });
    return {
      result,
      snapshot: result.snapshot as Snapshot,
      fake,
      findings,
      incompleteExit: exitCodeFor(findings, { failOn: 'none', failOnUnknown: true }),
    };
  } finally {
    await fake.close();
  }
}

/** `ruleId resourceId STATUS` lines, sorted: a comparable picture of a run's verdicts. */
export function verdicts(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.ruleId} ${finding.resource.id} ${finding.status}`).sort();
}
