/**
 * Child process for the killed-halfway tests: writes a pack with a PDF, so
 * the test can kill it while the pack is half written. Given a fake browser
 * that never starts, it blocks in the PDF step; given a real one, it prints.
 */
import { writePack } from '../../../src/report/pack/index.js';
import { buildFixture } from '../../fixtures/findings/builder.js';

const [outDir, browserPath, findings] = process.argv.slice(2);
await writePack(buildFixture({ findings: Number(findings ?? 500) }), {
  outDir: outDir!,
  formats: ['json', 'html', 'pdf'],
  browserPath,
  log: () => undefined,
});
