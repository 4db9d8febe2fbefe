/** Snapshots: replay equals the live run, the shipped sample is current, damaged files are one clear error. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/run.js';
import { InputError } from '../../../src/errors.js';
import { liveSourceResult } from '../../../src/sources/live/result.js';
import type { Snapshot } from '../../../src/sources/snapshot/format.js';
import { loadSnapshotSource } from '../../../src/sources/snapshot/index.js';
import { runCli } from '../../cli/capture.js';
import { sampleAccount } from '../../support/aws-server/index.js';
import { SAMPLE_FAULTS, SAMPLE_SNAPSHOT_FILE } from '../../support/make-sample-snapshot.js';
import { scanFake, SCANNED_AT, TEST_CREDENTIALS, verdicts, type FakeScan } from '../live/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'soc2-snapshot-'));
let live: FakeScan;

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

beforeAll(async () => {
  live = await scanFake(sampleAccount());
});

describe('replay', () => {
  it('a saved live snapshot replays to the same inventory and verdicts', async () => {
    const file = write('live.json', JSON.stringify(live.snapshot));
    const replay = await loadSnapshotSource(file);
    expect(replay.inventory.meta.source).toBe('snapshot');
    expect(replay.inventory.resources).toEqual(live.result.inventory.resources);
    expect(replay.inventory.gaps).toEqual(live.result.inventory.gaps);
    expect(replay.callerIdentity).toEqual(live.result.callerIdentity);
    expect(replay.regions).toEqual(live.result.regions);
    expect(verdicts(runRules(replay.inventory, allRules, { now: SCANNED_AT }))).toEqual(
      verdicts(live.findings),
    );
  });

  it('the committed sample snapshot replays to the verdicts of a fresh scan of sampleAccount()', async () => {
    const sample = await loadSnapshotSource(SAMPLE_SNAPSHOT_FILE);
    const committed = JSON.parse(readFileSync(SAMPLE_SNAPSHOT_FILE, 'utf8')) as Snapshot;
    const faulted = await scanFake(sampleAccount(), { faults: SAMPLE_FAULTS });
    // Judge the fresh data at the sample's scan time: access-key ages depend on it.
    const fresh = liveSourceResult({ ...faulted.snapshot, startedAt: committed.startedAt }, 'snapshot');
    const expected = verdicts(runRules(fresh.inventory, allRules, { now: SCANNED_AT }));
    const actual = verdicts(runRules(sample.inventory, allRules, { now: SCANNED_AT }));
    expect(actual, 'regenerate with: npx tsx test/support/make-sample-snapshot.ts').toEqual(expected);
    expect(actual.some((line) => line.endsWith(' FAIL'))).toBe(true);
    expect(actual.some((line) => line.endsWith(' UNKNOWN'))).toBe(true);
  });

  it('keeps no credentials: the secret key and session token never reach the snapshot', () => {
    const text = JSON.stringify(live.snapshot);
    expect(text).not.toContain(TEST_CREDENTIALS.secretAccessKey);
    expect(text).not.toMatch(/"(SessionToken|SecretAccessKey)":\s*"(?!\[REDACTED\])/);
    expect(live.snapshot).toMatchObject({
      format: 'soc2-snapshot',
      version: 1,
      tool: { name: 'soc2-evidence' },
    });
  });
});

describe('damaged snapshot files are bad input naming the file', () => {
  const good = () => JSON.stringify(live.snapshot);
  const cases: [string, () => string, RegExp][] = [
    ['empty', () => '', /is empty/],
    ['truncated', () => good().slice(0, Math.floor(good().length / 2)), /not valid JSON \(truncated\?\)/],
    ['not a snapshot', () => '{"Resources": {}}', /is not a soc2 snapshot/],
    ['future version', () => good().replace('"version":1', '"version":99'), /version 99/],
    ['calls damaged', () => JSON.stringify({ ...live.snapshot, calls: [{ service: 'kms' }] }), /calls\[0\]/],
    ['no identity', () => JSON.stringify({ ...live.snapshot, callerIdentity: null }), /callerIdentity/],
  ];

  it.each(cases)('%s', async (name, text, message) => {
    const file = write(`${name.replace(/\s/g, '-')}.json`, text());
    const error = await loadSnapshotSource(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(message);
  });

  it('a missing file', async () => {
    const file = join(dir, 'nope.json');
    await expect(loadSnapshotSource(file)).rejects.toThrow(`cannot read snapshot ${file}: no such file`);
  });

  it('through the CLI: exit 2 and one line', async () => {
    const file = write('cli-truncated.json', good().slice(0, 100));
    const run = await runCli(['scan', '--snapshot', file], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(file);
  });

  it('`scan --sample` replays the bundled snapshot', async () => {
    const run = await runCli(['scan', '--sample', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
  });
});
