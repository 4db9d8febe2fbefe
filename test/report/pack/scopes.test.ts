/**
 * Each scope has its own folder (and so its own baseline), and `latest`
 * points at the newest complete pack of the scope.
 */
import { readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { currentLatest, scopeFolder, updateLatestLink } from '../../../src/report/pack/layout.js';
import { captureIo, tempDir } from './helpers.js';

const TEMPLATE = fileURLToPath(new URL('../../fixtures/templates/network-db.yaml', import.meta.url));

let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await dir.remove();
});

async function scan(name: string): Promise<{ pack: string; out: string }> {
  const io = captureIo(dir.path);
  const code = await main(['scan', '-t', TEMPLATE, '--name', name, '--out', 'packs', '--format', 'json'], io);
  expect([0, 1, 3]).toContain(code);
  return { pack: io.out().match(/^Evidence pack: (.+)$/m)![1]!, out: io.out() };
}

it('gives scopes that slug alike their own folders, so they never share a baseline', async () => {
  expect(scopeFolder('123456789012')).toBe('123456789012');
  expect(scopeFolder('team/a')).toMatch(/^team_a~[0-9a-f]{10}$/);
  expect(scopeFolder('team a')).toMatch(/^team_a~[0-9a-f]{10}$/);
  expect(scopeFolder('team/a')).not.toBe(scopeFolder('team a'));
  // A safe name can never look like a changed one: `~` never survives the slug.
  expect(scopeFolder(scopeFolder('team/a'))).not.toBe(scopeFolder('team/a'));

  const first = await scan('team/a');
  const second = await scan('team a');
  expect(first.pack.split('/').at(-2)).toBe(scopeFolder('team/a'));
  expect(second.pack.split('/').at(-2)).toBe(scopeFolder('team a'));
  // The second scope found no earlier run: nothing of `team/a` is compared with it.
  const findings = JSON.parse(await readFile(join(second.pack, 'findings.json'), 'utf8'));
  expect(findings.changes).toBeUndefined();
  const again = await scan('team/a');
  const rerun = JSON.parse(await readFile(join(again.pack, 'findings.json'), 'utf8'));
  expect(rerun.changes.baseline.source).toBe(join(first.pack, 'findings.json'));
});

it('keeps <scope>/latest pointing at the newest complete pack', async () => {
  const { pack } = await scan('latest-scope');
  const scopeDir = join(pack, '..');
  expect(await readlink(join(scopeDir, 'latest'))).toBe(pack.split('/').at(-1));
  const { pack: newer } = await scan('latest-scope');
  expect(await readlink(join(scopeDir, 'latest'))).toBe(newer.split('/').at(-1));
  expect((await readdir(scopeDir)).filter((name) => !name.startsWith('2'))).toEqual(['latest']);
  // A pack committed later but named earlier (a run that started first) does not take it over.
  await updateLatestLink(scopeDir, join(scopeDir, '2000-01-01T000000Z'));
  expect(await currentLatest(scopeDir)).toBe(newer.split('/').at(-1));
});

it('reads a `latest` text file where symlinks are not possible', async () => {
  const scopeDir = join(dir.path, 'text-latest');
  await import('node:fs/promises').then((fs) =>
    fs.mkdir(join(scopeDir, '2026-01-01T000000Z'), { recursive: true }),
  );
  await writeFile(join(scopeDir, 'latest'), '2026-01-01T000000Z\n');
  expect(await currentLatest(scopeDir)).toBe('2026-01-01T000000Z');
  const { pack } = await scan('text-file-latest');
  const packScope = join(pack, '..');
  await rm(join(packScope, 'latest'));
  await writeFile(join(packScope, 'latest'), `${pack.split('/').at(-1)}\n`);
  const io = captureIo(dir.path);
  expect(await main(['verify', join(packScope, 'latest')], io)).toBe(5);
  expect(io.out()).toMatch(/hashes intact \(\d+ files match/);
});
