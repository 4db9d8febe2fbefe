import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePack } from '../../../src/report/pack/index.js';
import {
  ABANDONED_AFTER_MS,
  folderTimestamp,
  safeSegment,
  stagePack,
  TEMP_PREFIX,
} from '../../../src/report/pack/layout.js';
import { verifyPack } from '../../../src/report/pack/verify.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { listTree, logLines, tempDir } from './helpers.js';

const NO_PDF = ['json', 'sarif', 'junit', 'html'] as const;

describe('pack folder names', () => {
  it('turns hostile scopes into one safe path segment', () => {
    expect(safeSegment('123456789012')).toBe('123456789012');
    expect(safeSegment('../../etc/passwd')).toBe('etc_passwd');
    expect(safeSegment('..')).toBe('scope');
    expect(safeSegment('.hidden')).toBe('hidden');
    expect(safeSegment('a/b\\c:d')).toBe('a_b_c_d');
    expect(safeSegment('<img src=x onerror=alert(1)>')).toBe('img_src_x_onerror_alert_1');
    expect(safeSegment('x'.repeat(300))).toHaveLength(100);
  });

  it('formats UTC timestamps without colons', () => {
    expect(folderTimestamp(new Date('2026-11-25T09:15:00.123Z'))).toBe('2026-11-25T091500Z');
  });
});

describe('writing a pack', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await dir.remove();
  });

  it('writes DIR/<scope>/<timestamp>/ with every file, and a second run gets a unique folder', async () => {
    const result = buildFixture({ findings: 40 });
    const { log } = logLines();
    const first = await writePack(result, {
      outDir: dir.path,
      formats: [...NO_PDF],
      snapshot: { raw: true },
      log,
    });
    expect(first.dir).toBe(join(dir.path, '123456789012', '2026-11-25T091500Z'));
    expect((await readdir(first.dir)).sort()).toEqual(
      [
        'criteria-coverage.json',
        'findings.json',
        'findings.parquet',
        'index.html',
        'junit.xml',
        'manifest.json',
        'passing-resources.csv',
        'results.sarif',
        'snapshot.json',
      ].sort(),
    );
    expect(JSON.parse(await readFile(join(first.dir, 'snapshot.json'), 'utf8'))).toEqual({ raw: true });
    const second = await writePack(result, { outDir: dir.path, formats: ['json'], log });
    expect(second.dir).toBe(join(dir.path, '123456789012', '2026-11-25T091500Z-2'));
    expect(second.files).toEqual([
      'findings.json',
      'passing-resources.csv',
      'criteria-coverage.json',
      'findings.parquet',
      'manifest.json',
    ]);
    expect((await verifyPack(first.dir)).ok).toBe(true);
    expect(await listTree(join(dir.path, '123456789012'))).not.toContainEqual(
      expect.stringContaining(TEMP_PREFIX),
    );
  });

  it('is bad input when --out is a file', async () => {
    const file = join(dir.path, 'a-file');
    await writeFile(file, '');
    const { log } = logLines();
    await expect(
      writePack(buildFixture({ findings: 2 }), { outDir: file, formats: ['json'], log }),
    ).rejects.toThrow(/--out .*a-file: cannot create .*a-file\/123456789012 \(ENOTDIR\)/);
  });

  it('keeps a hostile scope inside the output folder', async () => {
    const result = buildFixture({ findings: 5, scope: '../../../outside' });
    const { log } = logLines();
    const pack = await writePack(result, { outDir: join(dir.path, 'out'), formats: ['json'], log });
    expect(pack.dir.startsWith(join(dir.path, 'out', 'outside'))).toBe(true);
    expect(await readdir(dir.path)).toEqual(['out']);
  });

  it('leaves no finished-looking pack and keeps earlier packs when a run fails halfway', async () => {
    const { log } = logLines();
    const result = buildFixture({ findings: 30 });
    const earlier = await writePack(result, { outDir: dir.path, formats: [...NO_PDF], log });
    const before = await listTree(dir.path);
    const earlierIndex = await readFile(join(earlier.dir, 'index.html'));

    // A template that breaks while rendering: findings.json and friends are already written by then.
    const templates = join(dir.path, 'broken-templates');
    await mkdir(templates);
    await writeFile(join(templates, 'summary.hbs'), '{{> no-such-partial}}');
    await expect(
      writePack(result, { outDir: dir.path, formats: [...NO_PDF], templateDir: templates, log }),
    ).rejects.toThrow(/no-such-partial/);

    const after = (await listTree(dir.path)).filter((entry) => !entry.startsWith('broken-templates'));
    expect(after).toEqual(before);
    expect(await readFile(join(earlier.dir, 'index.html'))).toEqual(earlierIndex);
    expect((await verifyPack(earlier.dir)).ok).toBe(true);
  });

  it('removes staging folders of runs killed over a day ago, and leaves recent ones alone', async () => {
    const scopeDir = join(dir.path, 'scope');
    const abandoned = join(scopeDir, `${TEMP_PREFIX}abandoned`);
    const recent = join(scopeDir, `${TEMP_PREFIX}recent`);
    await mkdir(abandoned, { recursive: true });
    await mkdir(recent);
    await writeFile(join(abandoned, 'findings.json'), '{}');
    const twoDaysAgo = new Date(Date.now() - 2 * ABANDONED_AFTER_MS);
    await utimes(abandoned, twoDaysAgo, twoDaysAgo);
    const staged = await stagePack(dir.path, 'scope', new Date('2026-01-02T03:04:05Z'));
    const names = await readdir(scopeDir);
    expect(names).not.toContain(`${TEMP_PREFIX}abandoned`);
    expect(names).toContain(`${TEMP_PREFIX}recent`);
    await staged.discard();
  });

  it('a staged pack is invisible until committed', async () => {
    const staged = await stagePack(dir.path, 'scope', new Date('2026-01-02T03:04:05Z'));
    await staged.write('findings.json', '{}');
    expect(await readdir(join(dir.path, 'scope'))).toEqual([staged.tempDir.split('/').pop()]);
    expect(staged.tempDir.split('/').pop()!.startsWith(TEMP_PREFIX)).toBe(true);
    await expect(staged.write('../escape.json', '{}')).rejects.toThrow(/bad pack file name/);
    const final = await staged.commit();
    expect(await readdir(join(dir.path, 'scope'))).toEqual(['2026-01-02T030405Z', 'latest']);
    expect(await readFile(join(final, 'findings.json'), 'utf8')).toBe('{}');
  });

  it('writes the whole population to passing-resources.csv, neutralising formulas', async () => {
    const result = buildFixture({ findings: 70, hostile: true });
    const { log } = logLines();
    const pack = await writePack(result, { outDir: dir.path, formats: ['json'], log });
    const csv = await readFile(join(pack.dir, 'passing-resources.csv'), 'utf8');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows).toHaveLength(71);
    expect(rows[0]).toMatch(/^rule_id,criteria,status,/);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`"'=HYPERLINK(""http://127.0.0.1/evil"",""click"")`);
    expect(rows.filter((row) => row.includes(',PASS,'))).toHaveLength(result.summary.byStatus.PASS);
  });
});
