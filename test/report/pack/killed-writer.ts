/**
 * Child process for the killed-halfway test: writes a pack whose PDF step
 * never finishes (the "browser" it is given never starts), so the test can
 * kill it while the pack is half written.
 */
import { writePack } from '../../../src/report/pack/index.js';
import { buildFixture } from '../../fixtures/findings/builder.js';

const [outDir, browserPath] = process.argv.slice(2);
await writePack(buildFixture({ findings: 500 }), {
  outDir: outDir!,
  formats: ['json', 'html', 'pdf'],
  browserPath,
  log: () => undefined,
});
