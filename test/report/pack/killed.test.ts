import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writePack } from '../../../src/report/pack/index.js';
import { TEMP_PREFIX } from '../../../src/report/pack/layout.js';
import { findBrowser, PROFILE_PREFIX, removeStaleProfiles } from '../../../src/report/pdf.js';
import { verifyPack } from '../../../src/report/pack/verify.js';
import { buildFixture } from '../../fixtures/findings/builder.js';
import { logLines, tempDir } from './helpers.js';

let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(async () => {
  await dir.remove();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let attempt = 0; attempt < 1500; attempt += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await delay(20);
  }
  throw new Error(`gave up waiting for ${what}`);
}

it('a run killed (SIGKILL) halfway leaves no finished-looking pack and the earlier pack intact', async () => {
  const { log } = logLines();
  const earlier = await writePack(buildFixture({ findings: 500 }), {
    outDir: dir.path,
    formats: ['json', 'html'],
    log,
  });
  const scopeDir = join(dir.path, '123456789012');

  // A "browser" that never starts: the writer blocks in the PDF step with the other files written.
  const browserPid = join(dir.path, 'browser.pid');
  const fakeBrowser = join(dir.path, 'fake-chromium');
  await writeFile(fakeBrowser, `#!/bin/sh\necho $$ > '${browserPid}'\nexec sleep 300\n`);
  await chmod(fakeBrowser, 0o755);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./killed-writer.ts', import.meta.url)), dir.path, fakeBrowser],
    { stdio: 'ignore' },
  );
  try {
    const tempName = await waitFor(async () => {
      for (const name of await readdir(scopeDir)) {
        if (!name.startsWith(TEMP_PREFIX)) continue;
        if ((await readdir(join(scopeDir, name))).includes('index.html')) return name;
      }
      return undefined;
    }, 'the child to write index.html');
    await waitFor(() => readFile(browserPid, 'utf8').catch(() => undefined), 'the fake browser to start');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const entries = await readdir(scopeDir);
    expect(entries.sort()).toEqual([earlier.dir.split('/').pop(), tempName, 'latest'].sort());
    expect(await readdir(join(scopeDir, tempName))).not.toContain('manifest.json');
    expect((await verifyPack(earlier.dir)).ok).toBe(true);

    // The next run removes the dead run's staging folder at once (its process is gone).
    const next = await writePack(buildFixture({ findings: 5 }), { outDir: dir.path, formats: ['json'], log });
    expect((await readdir(scopeDir)).sort()).toEqual(
      [earlier.dir.split('/').pop(), next.dir.split('/').pop(), 'latest'].sort(),
    );
  } finally {
    child.kill('SIGKILL');
    const pid = Number(await readFile(browserPid, 'utf8').catch(() => ''));
    if (pid > 0) process.kill(pid, 'SIGKILL');
  }
});

/** Every process below `pid` (Linux /proc), deepest last. */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const visit = (current: number): void => {
    let children: string[];
    try {
      children = readFileSync(`/proc/${current}/task/${current}/children`, 'utf8').trim().split(/\s+/);
    } catch {
      return;
    }
    for (const child of children.filter(Boolean).map(Number)) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
}

it('no Chromium survives a SIGKILL of the scanner, and the next start removes its profile', async () => {
  const browserPath = await findBrowser();
  expect(browserPath, 'PDF tests need Chromium (/usr/bin/chromium)').toBeDefined();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./killed-writer.ts', import.meta.url)),
      join(dir.path, 'real'),
      browserPath!,
      '3000',
    ],
    { stdio: 'ignore' },
  );
  let browsers: number[] = [];
  try {
    browsers = await waitFor(async () => {
      const found = descendants(child.pid!).filter((pid) => /chrom/i.test(commandOf(pid)));
      // Fully up, printing: a renderer runs (a browser killed while starting dies of its own accord).
      return found.some((pid) => commandOf(pid).includes('--type=renderer')) ? found : undefined;
    }, 'Chromium to start under the writer');
    const all = descendants(child.pid!).filter((pid) => /chrom/i.test(commandOf(pid)));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await waitFor(
      async () => (all.every((pid) => !alive(pid)) ? true : undefined),
      'every Chromium process to exit',
    );
    expect(all.filter(alive)).toEqual([]);

    const owned = (name: string): boolean =>
      name.startsWith(PROFILE_PREFIX) && name.includes(`-${child.pid}-`);
    expect((await readdir(tmpdir())).filter(owned)).toHaveLength(1);
    expect((await removeStaleProfiles()).filter(owned)).toHaveLength(1);
    expect((await readdir(tmpdir())).filter(owned)).toEqual([]);
  } finally {
    child.kill('SIGKILL');
    for (const pid of browsers) if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
}, 60_000);

it('SIGTERM while printing removes the staging folder, the browser and its profile, and ends by the signal', async () => {
  const browserPath = await findBrowser();
  expect(browserPath).toBeDefined();
  const outDir = join(dir.path, 'terminated');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./killed-writer.ts', import.meta.url)),
      outDir,
      browserPath!,
      '3000',
    ],
    { stdio: 'ignore' },
  );
  let browsers: number[] = [];
  try {
    browsers = await waitFor(async () => {
      const found = descendants(child.pid!).filter((pid) => /chrom/i.test(commandOf(pid)));
      return found.some((pid) => commandOf(pid).includes('--type=renderer')) ? found : undefined;
    }, 'Chromium to start under the writer');
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    await waitFor(async () => (browsers.every((pid) => !alive(pid)) ? true : undefined), 'Chromium to exit');
    expect(await readdir(join(outDir, '123456789012'))).toEqual([]);
    const owned = (name: string): boolean =>
      name.startsWith(PROFILE_PREFIX) && name.includes(`-${child.pid}-`);
    expect((await readdir(tmpdir())).filter(owned)).toEqual([]);
  } finally {
    child.kill('SIGKILL');
    for (const pid of browsers) if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
}, 60_000);
