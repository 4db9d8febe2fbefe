/**
 * The sharded nightly flow of examples/github-actions/soc2-org-sharded.yml, on
 * the loopback server: each shard writes its own scope's packs into one
 * folder, `soc2 diff` compares a shard's two nights, and `soc2 period` counts
 * every shard and names the accounts that could not be read as incomplete runs.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/capture.js';
import {
  MANAGEMENT_ACCOUNT,
  SAMPLE_MEMBERS,
  SAMPLE_ORG_ID,
  sampleOrganization,
  startFakeAws,
  type FakeAws,
} from '../../support/aws-server/index.js';
import { useTestAwsEnvironment } from '../../support/aws-env.js';

let fake: FakeAws;
let dir: string;
let restoreEnvironment: () => void;

beforeAll(async () => {
  const org = sampleOrganization();
  fake = await startFakeAws({ account: org.account, organization: org.organization });
  dir = mkdtempSync(join(tmpdir(), 'soc2-org-shards-'));
  restoreEnvironment = useTestAwsEnvironment({ AWS_ENDPOINT_URL: fake.endpoint });
});

afterAll(async () => {
  restoreEnvironment();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const packs = () => join(dir, 'packs');

async function shard(spec: string) {
  const run = await runCli(
    [
      'scan',
      '--org',
      '--region',
      'us-east-1',
      '--exclude-accounts',
      MANAGEMENT_ACCOUNT,
      '--shard',
      spec,
      '--out',
      packs(),
      '--format',
      'json',
      '--baseline',
      'none',
      '--fail-on',
      'none',
      '-q',
    ],
    dir,
    process.env,
  );
  expect([0, 3], run.stderr).toContain(run.code);
  return /Evidence pack: (.+)/.exec(run.stdout)![1]!.trim();
}

describe('sharded organization runs, then diff and period over their packs', () => {
  it("each shard has its own scope; diff compares a shard's nights; period counts every shard", async () => {
    const first = await shard('1/2');
    await shard('2/2');
    // The pack folder is named by the second: the next night of shard 1 must not land in the same one.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await shard('1/2');
    const scopes = readdirSync(packs()).sort();
    expect(scopes).toEqual([`${SAMPLE_ORG_ID}-shard-1-of-2`, `${SAMPLE_ORG_ID}-shard-2-of-2`]);

    const diff = await runCli(['diff', first, second, '--fail-on', 'new', '--format', 'json'], dir);
    expect(diff.code, diff.stderr).toBe(0);
    const changes = JSON.parse(diff.stdout) as {
      changes: { newFailures: unknown[]; resolved: unknown[] };
      stillFailing: { account?: string }[];
    };
    expect(changes.changes.newFailures).toEqual([]);
    expect(changes.changes.resolved).toEqual([]);
    expect(changes.stillFailing.length).toBeGreaterThan(0);

    const today = new Date().toISOString().slice(0, 10);
    const out = join(dir, 'period');
    const period = await runCli(
      ['period', packs(), '--from', today, '--to', today, '--out', out, '--format', 'json'],
      dir,
    );
    expect(period.code, period.stderr).toBe(3);
    const report = JSON.parse(readFileSync(join(out, 'period.json'), 'utf8')) as {
      gaps: { incompleteRuns: { scope: string }[]; missingNights: unknown[] };
      exceptions: { scope: string; account?: string }[];
    };
    const exceptionAccounts = new Set(report.exceptions.map((exception) => exception.account));
    expect(exceptionAccounts).toContain(SAMPLE_MEMBERS.payments);
    expect(exceptionAccounts).toContain(SAMPLE_MEMBERS.sandbox);
    expect(new Set(report.exceptions.map((exception) => exception.scope)).size).toBe(2);
    // The accounts without a role or suspended, and the SCP, make runs incomplete, by name.
    expect(report.gaps.incompleteRuns.length).toBeGreaterThan(0);
    expect(report.gaps.missingNights).toEqual([]);
  });
});
