import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureIo, tempDir } from './helpers.js';

let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await dir.remove();
});

describe('soc2 scan --out', () => {
  it('writes a signed pack of the sample account that soc2 verify accepts (relative paths from cwd)', async () => {
    const pair = generateKeyPairSync('ed25519');
    await writeFile(join(dir.path, 'key.pem'), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await writeFile(join(dir.path, 'key.pub.pem'), pair.publicKey.export({ type: 'spki', format: 'pem' }));
    const io = captureIo(dir.path);
    const code = await main(
      ['scan', '--sample', '--out', 'packs', '--format', 'json,html', '--sign-key', 'key.pem'],
      io,
    );
    expect([0, 1, 3]).toContain(code);
    const packDir = io.out().match(/^Evidence pack: (.+)$/m)![1]!;
    expect(packDir.startsWith(join(dir.path, 'packs', '123456789012'))).toBe(true);
    expect((await readdir(packDir)).sort()).toEqual([
      'criteria-coverage.json',
      'findings.json',
      'findings.parquet',
      'index.html',
      'manifest.json',
      'manifest.sig',
      'manifest.sig.json',
      'passing-resources.csv',
      'snapshot.json',
    ]);
    const findings = JSON.parse(await readFile(join(packDir, 'findings.json'), 'utf8'));
    const html = await readFile(join(packDir, 'index.html'), 'utf8');
    for (const criterion of new Set<string>(
      findings.rules.flatMap((rule: { criteria: string[] }) => rule.criteria),
    )) {
      expect(html).toContain(`id="criterion--${criterion.replace('.', '-')}"`);
    }
    const verify = captureIo(dir.path);
    expect(await main(['verify', packDir, '--public-key', 'key.pub.pem'], verify)).toBe(0);
    expect(verify.out()).toMatch(/signed by a trusted key: .*signature valid \(Ed25519/);
  });

  it('refuses --format pdf without a browser before scanning or writing anything', async () => {
    const previous = process.env.PUPPETEER_EXECUTABLE_PATH;
    process.env.PUPPETEER_EXECUTABLE_PATH = join(dir.path, 'no-such-chromium');
    try {
      const io = captureIo(dir.path);
      expect(await main(['scan', '--sample', '--out', 'pdf-packs', '--format', 'pdf'], io)).toBe(2);
      expect(io.err()).toMatch(/^soc2: --format pdf: no browser found .*apt-get install chromium/);
      expect(io.out()).toBe('');
      expect(await readdir(dir.path)).not.toContain('pdf-packs');
    } finally {
      if (previous === undefined) delete process.env.PUPPETEER_EXECUTABLE_PATH;
      else process.env.PUPPETEER_EXECUTABLE_PATH = previous;
    }
  });
});
