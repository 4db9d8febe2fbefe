/**
 * The tests Stryker runs against mutants of the fact constructors
 * (stryker.facts.config.mjs): the unit tables in test/inventory and the
 * cross-source parity tests, which read the same shapes through a template and
 * through the loopback fake. Golden verdicts over examples, PDF/Chromium, the
 * bench and CLI end-to-end tests would make the dry run take longer than the
 * whole mutation run and judge the same facts only indirectly.
 * STRYKER_FACTS_TESTS=unit keeps only test/inventory: a quick re-run of the lines
 * new unit tests are meant to cover.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The base config's shared/isolated projects would override this include; mutant runs keep per-file isolation.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include:
      process.env.STRYKER_FACTS_TESTS === 'unit'
        ? ['test/inventory/**/*.test.ts']
        : ['test/inventory/**/*.test.ts', 'test/rules/parity/*.test.ts'],
  },
});
