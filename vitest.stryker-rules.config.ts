/**
 * The tests Stryker runs against mutants of the rules (stryker.rules.config.mjs): every
 * rule case table and the cross-source parity tests. Golden verdicts over examples,
 * PDF/Chromium, the bench and CLI end-to-end tests are left out.
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
  },
});
