// Mutation testing of the fact constructors alone (src/inventory/facts, issue 12):
// what a raw field and its absence mean, for both sources. Narrower and faster than
// stryker.config.mjs; run in batches so an interrupted run still leaves whole reports:
//   STRYKER_FACTS_BATCH=a nice -n 10 npx stryker run stryker.facts.config.mjs --incremental
//   STRYKER_FACTS_BATCH=b ...   then
//   npx tsx scripts/mutation-score.ts reports/mutation/facts-a.json reports/mutation/facts-b.json --scope "..."
// A quick re-run of a few files against the unit tables only (test/inventory), its own report and incremental file:
//   STRYKER_FACTS_BATCH=rerun STRYKER_FACTS_TESTS=unit npx stryker run stryker.facts.config.mjs --mutate <files>
import process from 'node:process';
import { scopedRun } from './stryker.scoped.mjs';

/** Batch a names its files; batch b is every other file in src/inventory/facts, so new facts are never left out. */
const BATCHES = {
  // The facts behind the false-PASS findings, and the small ones.
  a: [
    'security-group-rules',
    'bucket-public-access',
    'viewer-policy',
    'cloudfront-settings',
    'route-target',
    'flag-encryption',
    'db-public-access',
    'setting',
    'bucket-encryption',
    'queue-encryption',
    'place',
    'listener-actions',
    'load-balancer-attributes',
    'certificate-store',
    'rotation-schedule',
    'emr',
    'waf-metrics',
  ],
};
const batch = process.env.STRYKER_FACTS_BATCH ?? 'a';
if (!['a', 'b', 'rerun'].includes(batch)) throw new Error('STRYKER_FACTS_BATCH must be a, b or rerun');
const factFile = (name) => `src/inventory/facts/${name}.ts`;
const mutate =
  batch === 'a' ? BATCHES.a.map(factFile) : [factFile('*'), ...BATCHES.a.map((name) => `!${factFile(name)}`)];

export default scopedRun({ name: `facts-${batch}`, vitestConfig: 'vitest.stryker.config.ts', mutate });
