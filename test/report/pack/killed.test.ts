import { spawn } from 'node:child_process';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writePack } from '../../../src/report/pack/index.js';
import { TEMP_PREFIX } from '../../../src/report/pack/layout.js';
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
    expect(entries.sort()).toEqual([earlier.dir.split('/').pop(), tempName].sort());
    expect(await readdir(join(scopeDir, tempName))).not.toContain('manifest.json');
    expect((await verifyPack(earlier.dir)).ok).toBe(true);
  } finally {
    child.kill('SIGKILL');
    const pid = Number(await readFile(browserPid, 'utf8').catch(() => ''));
    if (pid > 0) process.kill(pid, 'SIGKILL');
  }
});
