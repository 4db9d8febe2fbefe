/**
 * `soc2 period` over nightly packs written by the real scanner (template
 * scans with the clock fixed to each night): a missing night, an incomplete
 * run, a tampered pack and an exception that is resolved are all named.
 */
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { PeriodReport } from '../../src/history/period.js';
import { oneErrorLine, runCli } from '../cli/capture.js';

const keysTemplate = new URL('../cli/fixtures/keys.yaml', import.meta.url).pathname;
let work: string;
let packs: string;

/** One nightly scan of scope `keys` at 02:00 UTC on `night`. */
async function scanNight(night: string, template: string, parameters: string[]): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${night}T02:00:00.000Z`));
  try {
    const run = await runCli(
      ['scan', '-t', template, '--name', 'keys', '--out', packs, '-f', 'json', ...parameters],
      work,
    );
    const dir = /Evidence pack: (.+)/.exec(run.stdout)?.[1];
    if (!dir) throw new Error(`no pack written: ${run.stdout}${run.stderr}`);
    return dir;
  } finally {
    vi.useRealTimers();
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soc2-period-'));
  packs = join(work, 'packs');
  // Same file name in another folder: the stack (and so the resource ids) stay the same.
  await mkdir(join(work, 'fixed'));
  const fixed = join(work, 'fixed', 'keys.yaml');
  await copyFile(keysTemplate, join(work, 'keys.yaml'));
  await writeFile(
    fixed,
    (await readFile(keysTemplate, 'utf8')).replace(
      /StaleKey:\n(\s+)Type: AWS::KMS::Key\n(\s+)Properties:\n(\s+)EnableKeyRotation: false/,
      'StaleKey:\n$1Type: AWS::KMS::Key\n$2Properties:\n$3EnableKeyRotation: true',
    ),
  );
  const complete = ['-p', 'RotateLedger=true'];
  await scanNight('2026-03-01', 'keys.yaml', complete);
  await scanNight('2026-03-02', 'keys.yaml', complete);
  // 2026-03-03: no run at all.
  await scanNight('2026-03-04', 'fixed/keys.yaml', []); // RotateLedger unset: LedgerKey is UNKNOWN
  const tampered = await scanNight('2026-03-05', 'fixed/keys.yaml', complete);
  const findings = join(tampered, 'findings.json');
  const bytes = await readFile(findings);
  const at = bytes.indexOf('"PASS"');
  bytes[at + 1] = 'F'.charCodeAt(0); // PASS -> FASS: one byte
  await writeFile(findings, bytes);
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('soc2 period', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: PeriodReport;

  beforeAll(async () => {
    run = await runCli(
      ['period', 'packs', '--from', '2026-03-01', '--to', '2026-03-05', '--out', 'period'],
      work,
    );
    const json = await readFile(join(work, 'period', 'period.json'), 'utf8').catch(() => {
      throw new Error(`no period.json: ${run.stdout}${run.stderr}`);
    });
    report = JSON.parse(json) as PeriodReport;
  }, 60_000);

  it('exits 1 because a pack in the window did not verify, and says where the report is', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.failures);
    expect(run.stdout).toContain('3 of 4 pack(s) counted');
    expect(run.stdout).toContain('1 missing night(s), 1 incomplete run(s), 1 tampered pack(s)');
    expect(report.period).toEqual({ from: '2026-03-01', to: '2026-03-05', nights: 5 });
    expect(report.packs).toEqual({ inWindow: 4, counted: 3, excluded: 1 });
  });

  it('names the missing night, the incomplete run, the tampered pack and the unsigned packs', () => {
    expect(report.gaps.missingNights).toEqual([{ scope: 'keys', night: '2026-03-03' }]);
    expect(report.gaps.incompleteRuns).toEqual([
      expect.objectContaining({
        scope: 'keys',
        night: '2026-03-04',
        unknown: 1,
        error: 0,
        rules: ['kms-key-rotation'],
      }),
    ]);
    expect(report.gaps.tamperedPacks).toHaveLength(1);
    const tampered = report.gaps.tamperedPacks[0]!;
    expect(tampered.night).toBe('2026-03-05');
    expect(tampered.problems).toEqual([expect.objectContaining({ file: 'findings.json' })]);
    expect(tampered.problems[0]!.problem).toMatch(/^modified: /);
    expect(report.gaps.unsignedPacks.map((pack) => pack.night)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-04',
    ]);
  });

  it('counts the nights of a control only from verified packs', () => {
    const rotation = report.controls.find((control) => control.ruleId === 'kms-key-rotation');
    expect(rotation).toMatchObject({
      nightsEvaluated: 3,
      nightsPassing: 0,
      nightsFailing: 2,
      nightsIncomplete: 1,
      exceptions: 1,
      criteria: ['CC6.1', 'CC6.7'],
    });
    const criterion = report.criteria.find((item) => item.criterion === 'CC6.7');
    expect(criterion).toMatchObject({ nightsEvaluated: 3, nightsFailing: 2, nightsIncomplete: 1 });
    expect(criterion?.controls).toContain('kms-key-rotation');
  });

  it('gives the exception its first seen, last seen, duration and resolution', () => {
    expect(report.exceptionCount).toEqual({ total: 1, open: 0 });
    expect(report.exceptions).toEqual([
      expect.objectContaining({
        ruleId: 'kms-key-rotation',
        scope: 'keys',
        resourceId: 'keys/StaleKey',
        firstSeen: '2026-03-01T02:00:00.000Z',
        lastSeen: '2026-03-02T02:00:00.000Z',
        nightsFailing: 2,
        resolved: true,
        resolvedAt: '2026-03-04T02:00:00.000Z',
        resolution: 'passing',
        durationDays: 3,
      }),
    ]);
  });

  it('writes an HTML report that names the same gaps', async () => {
    const html = await readFile(join(work, 'period', 'period.html'), 'utf8');
    expect(html).toContain('Missing nights: 1');
    expect(html).toContain('2026-03-03');
    expect(html).toContain('Tampered packs (excluded from every count): 1');
    expect(html).toContain('keys/StaleKey');
  });

  it('a one-night window with an incomplete run: no exception, no missing night, exit 3, only the JSON asked for', async () => {
    const later = await runCli(
      ['period', 'packs', '--from', '2026-03-04', '--to', '2026-03-04', '--out', 'later', '-f', 'json'],
      work,
    );
    expect(later.code).toBe(EXIT.incomplete);
    const only = JSON.parse(await readFile(join(work, 'later', 'period.json'), 'utf8')) as PeriodReport;
    expect(only.exceptions).toEqual([]);
    expect(only.gaps.missingNights).toEqual([]);
    expect(await readdir(join(work, 'later'))).toEqual(['period.json']);
  });

  it('a window after the last pack: every night is missing, never a clean report', async () => {
    const after = await runCli(
      ['period', 'packs', '--from', '2026-04-01', '--to', '2026-04-02', '--out', 'after', '-f', 'json'],
      work,
    );
    expect(after.code).toBe(EXIT.incomplete);
    const empty = JSON.parse(await readFile(join(work, 'after', 'period.json'), 'utf8')) as PeriodReport;
    expect(empty.gaps.missingNights).toEqual([
      { scope: 'keys', night: '2026-04-01' },
      { scope: 'keys', night: '2026-04-02' },
    ]);
    expect(empty.packs.inWindow).toBe(0);
  });

  it('refuses a folder without any pack (one line, exit 2) rather than report nothing missing', async () => {
    const none = await runCli(
      ['period', '.', '--from', '2026-03-01', '--to', '2026-03-05', '--out', 'none'],
      join(work, 'period'),
    );
    expect(none.code).toBe(EXIT.badInput);
    expect(oneErrorLine(none)).toContain('period .: no evidence pack in it');
  });

  it('refuses a bad date with one line and exit 2', async () => {
    const bad = await runCli(['period', 'packs', '--from', '2026-02-30', '--to', '2026-03-05'], work);
    expect(bad.code).toBe(EXIT.badInput);
    expect(oneErrorLine(bad)).toContain('--from "2026-02-30": expected a date YYYY-MM-DD');
    const reversed = await runCli(['period', 'packs', '--from', '2026-03-05', '--to', '2026-03-01'], work);
    expect(oneErrorLine(reversed)).toContain('--to 2026-03-01 is before --from 2026-03-05');
  });
});
