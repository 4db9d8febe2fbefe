/**
 * The tests Stryker runs against mutants (stryker.config.mjs): the ones that
 * judge what normalizers and rules produce. Transport tests (throttling, wire
 * faults, progress bars, a server in a child process, huge or hostile files)
 * cover the same code but assert nothing about verdicts, and would only slow
 * every mutant down.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The base config's shared/isolated projects would override this include and exclude; mutant runs keep per-file isolation.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: [
      'test/rules/**/*.test.ts',
      'test/engine/**/*.test.ts',
      'test/inventory/facts/*.test.ts',
      'test/sources/cross-source-facts.test.ts',
      'test/sources/cloudtrail-selectors.test.ts',
      'test/sources/snapshot/*.test.ts',
      'test/sources/template/*.test.ts',
      'test/sources/live/*.test.ts',
    ],
    exclude: [
      'test/sources/template/{huge-file,hostile-input,hostile-inputs}.test.ts',
      'test/sources/live/{wire-faults,server-process,cli-live-faults,progress,input-checks}.test.ts',
    ],
  },
});
