/**
 * Packs written before findings.parquet existed: `soc2 period` reads their
 * findings.json through DuckDB's read_json and counts them like the others.
 */
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../src/engine/finding.js';
import type { PeriodReport } from '../../src/history/period.js';
import { buildManifest, type Manifest } from '../../src/report/pack/manifest.js';
import { runCli } from '../cli/capture.js';

const keysTemplate = new URL('../cli/fixtures/keys.yaml', import.meta.url).pathname;
let work: string;
/** Findings each night's scan wrote to its findings.json. */
const nightlyFindings: number[] = [];

async function scanNight(night: string): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${night}T02:00:00.000Z`));
  try {
    const run = await runCli(
      [
        'scan',
        '-t',
        keysTemplate,
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
    const pack = /Evidence pack: (.+)/.exec(run.stdout)![1]!;
    const result = JSON.parse(await readFile(join(pack, 'findings.json'), 'utf8')) as ScanResult;
    nightlyFindings.push(result.findings.length);
    return pack;
  } finally {
    vi.useRealTimers();
  }
}

/** What an older version wrote: the same pack without findings.parquet, its manifest built without it. */
async function withoutParquet(pack: string): Promise<void> {
  const manifest = JSON.parse(await readFile(join(pack, 'manifest.json'), 'utf8')) as Manifest;
  const result = JSON.parse(await readFile(join(pack, 'findings.json'), 'utf8')) as ScanResult;
  await unlink(join(pack, 'findings.parquet'));
  await unlink(join(pack, 'manifest.json'));
  await writeFile(
    join(pack, 'manifest.json'),
    buildManifest({
      result,
      rules: manifest.rules,
      files: manifest.files.filter((file) => file.path !== 'findings.parquet'),
      generatedAt: new Date(manifest.generatedAt),
    }),
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'soc2-period-legacy-'));
  await withoutParquet(await scanNight('2026-07-01'));
  await scanNight('2026-07-02');
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('soc2 period over packs with and without findings.parquet', () => {
  it('counts the older pack from its findings.json', async () => {
    const run = await runCli(
      ['period', 'packs', '--from', '2026-07-01', '--to', '2026-07-02', '--out', 'period', '-f', 'json'],
      work,
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(await readFile(join(work, 'period', 'period.json'), 'utf8')) as PeriodReport;
    expect(report.packs).toEqual({ inWindow: 2, counted: 2, excluded: 0 });
    expect(report.gaps.tamperedPacks).toEqual([]);
    expect(report.gaps.packsWithoutFindings).toEqual([]);
    // Every finding of both nights, the legacy one read from findings.json: 4 keys under each
    // rule that judges a KMS key in a template (kms-key-rotation, kms-key-not-public).
    expect(nightlyFindings).toHaveLength(2);
    expect(nightlyFindings[0]).toBeGreaterThanOrEqual(4);
    expect(report.findingRows).toBe(nightlyFindings[0]! + nightlyFindings[1]!);
    expect(report.controls.find((control) => control.ruleId === 'kms-key-rotation')).toMatchObject({
      nightsEvaluated: 2,
      nightsFailing: 2,
    });
    expect(report.exceptions).toEqual([
      expect.objectContaining({
        resourceId: 'keys/StaleKey',
        firstSeen: '2026-07-01T02:00:00.000Z',
        lastSeen: '2026-07-02T02:00:00.000Z',
        resolved: false,
        durationDays: 1,
      }),
    ]);
  });
});
