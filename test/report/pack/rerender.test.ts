import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { writePack } from '../../../src/report/pack/index.js';
import { parseFindings, rerenderReport } from '../../../src/report/pack/rerender.js';
import { verifyPack } from '../../../src/report/pack/verify.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { captureIo, logLines, tempDir } from './helpers.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
let pack: string;

beforeAll(async () => {
  dir = await tempDir();
  const { log } = logLines();
  pack = (
    await writePack(buildFixture({ findings: 50, hostile: true }), {
      outDir: join(dir.path, 'packs'),
      formats: ['json', 'html'],
      snapshot: { calls: 3 },
      log,
    })
  ).dir;
});

afterAll(async () => {
  await dir.remove();
});

describe('soc2 report from findings.json', () => {
  it('renders HTML into a new pack beside the old one, copying findings and snapshot', async () => {
    const io = captureIo();
    expect(await rerenderReport({ input: join(pack, 'findings.json'), formats: ['html'] }, io)).toBe(0);
    const newDir = io.out().match(/^Evidence pack: (.+)$/m)![1]!;
    expect(newDir.startsWith(join(dir.path, 'packs', '123456789012'))).toBe(true);
    expect((await readdir(newDir)).sort()).toEqual([
      'criteria-coverage.json',
      'findings.json',
      'findings.parquet',
      'index.html',
      'manifest.json',
      'passing-resources.csv',
      'snapshot.json',
    ]);
    const before = JSON.parse(await readFile(join(pack, 'findings.json'), 'utf8'));
    const after = JSON.parse(await readFile(join(newDir, 'findings.json'), 'utf8'));
    expect(after.findings).toEqual(before.findings);
    expect(after.rules).toEqual(before.rules);
    expect(JSON.parse(await readFile(join(newDir, 'snapshot.json'), 'utf8'))).toEqual({ calls: 3 });
    expect((await verifyPack(newDir)).ok).toBe(true);
    expect(await readFile(join(newDir, 'index.html'), 'utf8')).toContain(
      '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;',
    );
  });

  it('refuses a source pack that does not verify (exit 1) and writes nothing', async () => {
    const csv = join(pack, 'passing-resources.csv');
    const original = await readFile(csv);
    await writeFile(csv, `${original.toString('utf8')}extra,row\r\n`);
    const out = join(dir.path, 'tampered');
    try {
      const io = captureIo();
      expect(await rerenderReport({ input: pack, formats: ['html'], outDir: out }, io)).toBe(1);
      expect(io.err()).toMatch(/^FAILED passing-resources.csv: modified/m);
      expect(io.err()).toMatch(/not re-rendered \(pass --allow-unverified/);
      expect(io.out()).toBe('');
      await expect(readdir(out)).rejects.toThrow(/ENOENT/);
    } finally {
      await writeFile(csv, original);
    }
    const clean = captureIo();
    expect(
      await rerenderReport({ input: pack, formats: ['html'], outDir: join(dir.path, 'clean') }, clean),
    ).toBe(0);
    expect(clean.err()).toMatch(/^note: .* is intact but its signer is not verified/);
  });

  it('writes where --out says, through the CLI', async () => {
    const io = captureIo();
    const out = join(dir.path, 'elsewhere');
    expect(await main(['report', pack, '--out', out, '--format', 'html'], io)).toBe(0);
    expect((await readdir(join(out, '123456789012'))).sort()).toEqual([expect.any(String), 'latest']);
  });

  it('exits 2 with one line naming the file for bad input', async () => {
    const broken = join(dir.path, 'broken.json');
    await writeFile(broken, '{"schemaVersion": "1.0", "scan": {}');
    const cases: [string[], RegExp][] = [
      [['report', join(dir.path, 'missing')], /missing: no such pack folder or findings.json/],
      [['report', broken], /broken.json: not valid JSON/],
      [['report', pack, '--format', 'sarif'], /--format "sarif": choose from html, pdf/],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      expect(await main(args, io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err().trimEnd().split('\n')).toHaveLength(1);
    }
    const empty = join(dir.path, 'empty-pack');
    await mkdir(empty);
    const io = captureIo();
    expect(await main(['report', empty], io)).toBe(2);
    expect(io.err()).toMatch(/empty-pack\/findings.json: cannot be read/);
  });

  it('validates the findings it renders from', () => {
    expect(() => parseFindings('[]', 'f.json')).toThrow(/f.json: expected a findings.json object/);
    expect(() => parseFindings('{"schemaVersion":"2.0"}', 'f.json')).toThrow(
      /unsupported findings schemaVersion "2.0"/,
    );
    const valid = buildFixture({ findings: 2 });
    expect(() => parseFindings(JSON.stringify({ ...valid, findings: [{ ruleId: 'x' }] }), 'f.json')).toThrow(
      /findings\[0\] lacks ruleId, status, controls or resource.id/,
    );
    expect(() =>
      parseFindings(JSON.stringify({ ...valid, scan: { ...valid.scan, startedAt: 'yesterday' } }), 'f.json'),
    ).toThrow(/scan.startedAt is not a timestamp/);
    expect(parseFindings(JSON.stringify(valid), 'f.json').findings).toEqual(valid.findings);
  });
});
