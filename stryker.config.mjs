// Mutation testing of the normalizers and rules (issue 12): `npm run mutation`.
// Not part of .ci/run (it takes tens of minutes); .github/workflows/mutation.yml runs it weekly.
// scripts/mutation-score.ts turns the JSON report into bench/results/mutation.json and .md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // `related` would pick tests by their static imports, but the live services are found at run time
  // (src/sources/live/catalog.ts): every test runs in the dry run, and perTest coverage still
  // limits each mutant to the tests that executed it.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Each mutant runs only the tests that executed its code in the dry run.
  coverageAnalysis: 'perTest',
  mutate: [
    'src/sources/live/normalize/*.ts',
    'src/sources/live/services/*/normalize.ts',
    'src/sources/live/services/iam/credential-report.ts',
    'src/sources/live/services/s3/region.ts',
    'src/sources/template/normalize/*.ts',
    // What a raw field and its absence mean, for both sources.
    'src/inventory/facts/*.ts',
    'rules/*/*.ts',
    'rules/lib/*.ts',
    '!rules/**/index.ts',
  ],
  // Mutating types or constant tables only yields mutants the compiler or the data would catch.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};
