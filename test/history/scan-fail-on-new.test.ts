/**
 * `soc2 scan --fail-on new`: a nightly run is red only on regressions since
 * the previous pack of its scope (or --baseline), and its verdict word says
 * the same as its exit code.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { runCli } from '../cli/capture.js';

const keysTemplate = new URL('../cli/fixtures/keys.yaml', import.meta.url).pathname;
let work: string;

const nightly = (folder: string, extra: string[] = []): Promise<Awaited<ReturnType<typeof runCli>>> =>
  runCli(
    [
      'scan',
      '-t',
      join(folder, 'keys.yaml'),
      '--name',
      'keys',
      '--out',
      'packs',
      '-f',
      'json',
      '--fail-on',
      'new',
      ...extra,
    ],
    work,
  );

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soc2-fail-on-new-'));
  const original = await readFile(keysTemplate, 'utf8');
  await mkdir(join(work, 'same'));
  await writeFile(join(work, 'same', 'keys.yaml'), original);
  await mkdir(join(work, 'worse'));
  await writeFile(
    join(work, 'worse', 'keys.yaml'),
    original.replace(
      /(RotatedKey:\n\s+Type: AWS::KMS::Key\n\s+Properties:\n\s+EnableKeyRotation:) true/,
      '$1 false',
    ),
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('soc2 scan --fail-on new', () => {
  it('fails the first run: without an earlier pack every failure is new, and it says so', async () => {
    const run = await nightly('same', ['-p', 'RotateLedger=true']);
    expect(run.code).toBe(EXIT.failures);
    expect(run.stderr).toContain('--fail-on new: no earlier run to compare with');
  });

  it('passes the next night when only the same failure remains, and the verdict word agrees', async () => {
    const run = await nightly('same', ['-p', 'RotateLedger=true']);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toMatch(/PASS \(gate: new\): 1 failing since before the baseline/);
    const gated = await runCli(
      [
        'scan',
        '-t',
        join('same', 'keys.yaml'),
        '--name',
        'keys',
        '--out',
        'packs',
        '-f',
        'json',
        '-p',
        'RotateLedger=true',
      ],
      work,
    );
    expect(gated.code).toBe(EXIT.failures);
  });

  it('fails on a regression', async () => {
    const run = await nightly('worse', ['-p', 'RotateLedger=true']);
    expect(run.code).toBe(EXIT.failures);
    expect(run.stdout).toMatch(/FAIL: 1 failing new since the baseline, 1 failing since before the baseline/);
  });

  it('exits 3 when evidence read last night could not be read tonight', async () => {
    const run = await nightly('worse');
    expect(run.code).toBe(EXIT.incomplete);
    expect(run.stdout).toMatch(/INCOMPLETE: no new failures \(2 failing since before the baseline\)/);
  });
});
