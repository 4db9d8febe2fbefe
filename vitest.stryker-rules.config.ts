/**
 * The tests Stryker runs against mutants of the rules (stryker.rules.config.mjs): every
 * rule case table and template test. The cross-source parity tests scan in `beforeAll`,
 * which Stryker's perTest coverage attributes to no test, and cost seconds per mutant:
 * they re-judge the survivors afterwards (scripts/mutation-recheck.ts --map rules).
 * Golden verdicts over examples, PDF/Chromium, the bench and CLI end-to-end tests are left out.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The base config's shared/isolated projects would override this include; mutant runs keep per-file isolation.
const { projects: _projects, ...baseTest } = base.test ?? {};

export default defineConfig({
  ...base,
  test: {
    ...baseTest,
    include: ['test/rules/**/*.test.ts'],
    exclude: ['test/rules/parity/**', 'node_modules/**'],
  },
});
