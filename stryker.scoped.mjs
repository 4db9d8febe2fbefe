// Options shared by the scoped mutation runs (facts, normalizers, rules): each a narrower and
// faster slice of stryker.config.mjs, with its own report and incremental file.
/**
 * @param {{ name: string, vitestConfig: string, mutate: string[], tempDirName?: string }} scope
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function scopedRun({ name, vitestConfig, mutate, tempDirName = '.stryker-tmp' }) {
  return {
    testRunner: 'vitest',
    vitest: { configFile: vitestConfig, related: false },
    coverageAnalysis: 'perTest',
    mutate,
    // Mutating types or constant tables only yields mutants the compiler or the data would catch.
    ignoreStatic: true,
    // Two cores shared with other work: one test process, and generous clocks so load is not read as a kill.
    concurrency: 1,
    dryRunTimeoutMinutes: 40,
    timeoutMS: 30_000,
    timeoutFactor: 3,
    incrementalFile: `reports/stryker-incremental-${name}.json`,
    reporters: ['clear-text', 'progress-append-only', 'json'],
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    tempDirName,
    cleanTempDir: true,
    thresholds: { high: 90, low: 85, break: null },
  };
}
