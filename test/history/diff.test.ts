/**
 * `soc2 diff OLD NEW` over packs written by real template scans: what is new,
 * resolved, still failing (and since when), which resources came and went,
 * which suppressions lapse soon, and the exit code of --fail-on new.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { DiffReport } from '../../src/history/diff.js';
import { oneErrorLine, runCli } from '../cli/capture.js';

const keysTemplate = new URL('../cli/fixtures/keys.yaml', import.meta.url).pathname;
let work: string;
const packOf = (stdout: string): string => /Evidence pack: (.+)/.exec(stdout)![1]!;

async function scan(folder: string, extra: string[] = []): Promise<string> {
  const run = await runCli(
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
      '--baseline',
      'none',
      ...extra,
    ],
    work,
  );
  return packOf(run.stdout);
}

let older: string;
let again: string;
let newer: string;
let lostEvidence: string;
let expires: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soc2-diff-'));
  const original = await readFile(keysTemplate, 'utf8');
  for (const folder of ['old', 'new']) await mkdir(join(work, folder));
  await writeFile(join(work, 'old', 'keys.yaml'), original);
  // NEW: RotatedKey is gone, FreshKey and TempKey are new, LedgerKey stops rotating (a regression).
  const changed = original
    .replace(/ {2}RotatedKey:\n {4}Type: AWS::KMS::Key\n {4}Properties:\n {6}EnableKeyRotation: true\n/, '')
    .replace(
      'Resources:\n',
      'Resources:\n  FreshKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n  TempKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false\n',
    );
  await writeFile(join(work, 'new', 'keys.yaml'), changed);
  expires = new Date(Date.now() + 5 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await writeFile(
    join(work, 'suppressions.yaml'),
    `suppressions:\n  - rule: kms-key-rotation\n    resource: TempKey\n    justification: Key retired next week\n    expires: ${expires}\n`,
  );
  older = await scan('old', ['-p', 'RotateLedger=true']);
  again = await scan('old', ['-p', 'RotateLedger=true']);
  newer = await scan('new', ['-p', 'RotateLedger=false', '--suppressions', 'suppressions.yaml']);
  lostEvidence = await scan('old');
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('soc2 diff', () => {
  it('lists new failures, still failing since the older run, new and removed resources, expiring suppressions', async () => {
    const run = await runCli(['diff', older, newer, '--format', 'json'], work);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as DiffReport;
    const olderStart = report.old.startedAt;
    expect(
      report.changes.newFailures.map((change) => [change.resourceId, change.before, change.after]),
    ).toEqual([['keys/LedgerKey', 'PASS', 'FAIL']]);
    expect(report.stillFailing).toEqual([
      expect.objectContaining({ resourceId: 'keys/StaleKey', since: olderStart, sinceBasis: 'older-scan' }),
    ]);
    expect(report.newResources.map((resource) => resource.id).sort()).toEqual([
      'keys/FreshKey',
      'keys/TempKey',
    ]);
    expect(report.removedResources.map((resource) => resource.id)).toEqual(['keys/RotatedKey']);
    expect(report.expiringSuppressions).toEqual([
      expect.objectContaining({
        resourceId: 'keys/TempKey',
        expires,
        justification: 'Key retired next week',
      }),
    ]);
    expect(report.expiringSuppressions[0]!.daysLeft).toBeGreaterThanOrEqual(4);
    expect(report.expiringSuppressions[0]!.daysLeft).toBeLessThanOrEqual(5);
    expect(run.code).toBe(EXIT.failures);
  });

  it('--fail-on new exits 0 when only old failures remain, where the default gate exits 1', async () => {
    const gated = await runCli(['diff', older, again], work);
    expect(gated.code).toBe(EXIT.failures);
    expect(gated.stdout).toContain('0 new failure(s), 0 resolved, 1 still failing');
    const onlyNew = await runCli(['diff', older, again, '--fail-on', 'new'], work);
    expect(onlyNew.code).toBe(EXIT.ok);
  });

  it('--fail-on new exits 1 on a regression, and 3 when evidence readable before is not now', async () => {
    expect((await runCli(['diff', older, newer, '--fail-on', 'new'], work)).code).toBe(EXIT.failures);
    const lost = await runCli(['diff', older, lostEvidence, '--fail-on', 'new', '-f', 'markdown'], work);
    expect(lost.code).toBe(EXIT.incomplete);
    expect(lost.stdout).toContain('## Evidence newly incomplete (1)');
    expect(
      (await runCli(['diff', older, lostEvidence, '--fail-on', 'new', '--no-fail-on-unknown'], work)).code,
    ).toBe(EXIT.ok);
  });

  it('reads findings.json files as well as pack folders', async () => {
    const run = await runCli(
      ['diff', join(older, 'findings.json'), join(newer, 'findings.json'), '-f', 'json', '--fail-on', 'none'],
      work,
    );
    expect(run.code).toBe(EXIT.ok);
    expect((JSON.parse(run.stdout) as DiffReport).counts.newFailures).toBe(1);
  });

  it('names a missing input in one line, exit 2', async () => {
    const run = await runCli(['diff', 'nowhere', newer], work);
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toContain('diff OLD nowhere: no such pack folder or findings.json');
  });
});

describe('soc2 diff: since when, from the packs before OLD in its scope folder', () => {
  async function night(day: string, folder: string): Promise<string> {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${day}T02:00:00.000Z`));
    try {
      const run = await runCli(
        [
          'scan',
          '-t',
          join(folder, 'keys.yaml'),
          '--name',
          'streak',
          '--out',
          'streak',
          '-f',
          'json',
          '-p',
          'RotateLedger=true',
        ],
        work,
      );
      return packOf(run.stdout);
    } finally {
      vi.useRealTimers();
    }
  }

  it('dates a failure from the first night of its current streak; a passing night in between restarts it', async () => {
    const fixedFolder = join(work, 'fixed');
    await mkdir(fixedFolder);
    await writeFile(
      join(fixedFolder, 'keys.yaml'),
      (await readFile(keysTemplate, 'utf8')).replace(
        /(StaleKey:\n\s+Type: AWS::KMS::Key\n\s+Properties:\n\s+EnableKeyRotation:) false/,
        '$1 true',
      ),
    );
    await night('2026-06-01', 'old'); // LedgerKey passes, StaleKey fails
    await night('2026-06-02', 'fixed'); // StaleKey passes: its streak ends
    await night('2026-06-03', 'old');
    const older = await night('2026-06-04', 'old');
    const newer = await night('2026-06-05', 'old');
    const run = await runCli(['diff', older, newer, '-f', 'json'], work);
    const report = JSON.parse(run.stdout) as DiffReport;
    expect(report.stillFailing).toEqual([
      expect.objectContaining({
        resourceId: 'keys/StaleKey',
        since: '2026-06-03T02:00:00.000Z',
        sinceBasis: 'pack-history',
      }),
    ]);
  });
});
