import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test files that replace modules or globals for themselves (vi.mock, vi.stubGlobal...):
 * they need a fresh module graph, so they run isolated; every other file shares its
 * worker's modules with the files before it. Isolating every file cost a process and a
 * fresh import of the engine, the rules and the SDK clients per file: 3-4 times the
 * suite's time (test/rules/logging: 17 s isolated, 4.4 s shared).
 */
const ISOLATED = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/${file.replaceAll('\\', '/')}`)
  .filter((file) => /\bvi\.(mock|doMock|stubGlobal|stubEnv|resetModules)\(/.test(readFileSync(file, 'utf8')))
  .sort();

export default defineConfig({
  // Custom rules (examples/custom-rules) import the package by name; in tests that is the source, not dist/.
  resolve: { alias: { 'soc2-evidence': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, which on a 2-core CI machine is a
    // serial suite. Most files wait on child processes or the loopback server rather than
    // compute, so a worker per core took the suite from 641 s to 408 s on such a machine.
    maxWorkers: availableParallelism(),
    // The pinned SDK versions support Node 20; their reminder about Node 22 is noise in test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      ...(ISOLATED.length > 0
        ? [{ extends: true, test: { name: 'isolated', isolate: true, include: ISOLATED } }]
        : []),
    ],
  },
});
