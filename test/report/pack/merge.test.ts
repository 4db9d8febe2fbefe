/**
 * `soc2 merge` (issue 8 item 3): the packs of a sharded organization scan
 * become one organization pack with the verdicts of an unsharded scan, after
 * every input verifies; a tampered, missing or repeated shard merges nothing.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/engine/finding.js';
import { oneErrorLine, runCli } from '../../cli/capture.js';
import {
  MANAGEMENT_ACCOUNT,
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
  dir = mkdtempSync(join(tmpdir(), 'soc2-merge-'));
  restoreEnvironment = useTestAwsEnvironment({ AWS_ENDPOINT_URL: fake.endpoint });
});

afterAll(async () => {
  restoreEnvironment();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function scan(out: string, extra: string[]): Promise<string> {
  const run = await runCli(
    [
      'scan',
      '--org',
      '--region',
      'us-east-1',
      '--exclude-accounts',
      MANAGEMENT_ACCOUNT,
      '--rate-limit',
      'off',
      '--out',
      join(dir, out),
      '--format',
      'json',
      '--baseline',
      'none',
      '--fail-on',
      'none',
      '-q',
      ...extra,
    ],
    dir,
    process.env,
  );
  expect([0, 3], run.stderr).toContain(run.code);
  return /Evidence pack: (.+)/.exec(run.stdout)![1]!.trim();
}

function findingsOf(pack: string): ScanResult {
  return JSON.parse(readFileSync(join(pack, 'findings.json'), 'utf8')) as ScanResult;
}

function verdicts(result: ScanResult): string[] {
  return result.findings
    .map(
      (finding) => `${finding.ruleId} ${finding.resource.account} ${finding.resource.id} ${finding.status}`,
    )
    .sort();
}

describe('soc2 merge', () => {
  let whole: string;
  let halves: string[];

  beforeAll(async () => {
    whole = await scan('whole', []);
    halves = [await scan('shards', ['--shard', '1/2']), await scan('shards', ['--shard', '2/2'])];
  }, 120_000);

  it('merges the shards into one organization pack with the verdicts of an unsharded scan', async () => {
    const run = await runCli(['merge', ...halves, '--out', join(dir, 'merged'), '--format', 'json'], dir);
    expect(run.code, run.stderr).toBe(0);
    const merged = /Evidence pack: (.+)/.exec(run.stdout)![1]!.trim();
    const result = findingsOf(merged);
    expect(result.scan.scope).toBe(SAMPLE_ORG_ID);
    expect(verdicts(result)).toEqual(verdicts(findingsOf(whole)));
    expect(result.scan.accounts).toEqual(findingsOf(whole).scan.accounts);
    // Each shard's raw evidence travels with it, and the merged pack verifies.
    expect(readdirSync(merged).filter((file) => file.startsWith('snapshot-')).length).toBe(
      halves.flatMap((pack) => readdirSync(pack).filter((file) => file.startsWith('snapshot-'))).length,
    );
    expect((await runCli(['verify', merged], dir)).code).toBe(5);
  });

  it('merges nothing when a shard was altered after it was written, and names it', async () => {
    const copy = await scan('tampered', ['--shard', '2/2']);
    const file = join(copy, 'findings.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"FAIL"', '"PASS"'));
    const run = await runCli(['merge', halves[0]!, copy, '--out', join(dir, 'never')], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`FAILED ${copy}: findings.json`);
    expect(run.stderr).toContain('not merged: every pack must verify');
    expect(() => readdirSync(join(dir, 'never'))).toThrow();
  });

  it('refuses a missing or repeated shard with one clear line', async () => {
    const missing = await runCli(['merge', halves[0]!, halves[0]!, '--out', join(dir, 'never')], dir);
    expect(missing.code).toBe(2);
    expect(oneErrorLine(missing)).toMatch(/^soc2: shard 1 is both .+ and .+$/);
    const third = await scan('thirds', ['--shard', '1/3']);
    const thirds = await runCli(
      ['merge', third, await scan('thirds', ['--shard', '2/3']), '--out', join(dir, 'never')],
      dir,
    );
    expect(thirds.code).toBe(2);
    expect(oneErrorLine(thirds)).toBe('soc2: shard 3 of 3 is missing: every shard must be merged');
  }, 60_000);
});
