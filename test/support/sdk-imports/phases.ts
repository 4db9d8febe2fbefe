/**
 * Child process of sdkClientsLoaded (index.ts): runs each phase in turn and
 * writes `# phase <n>` to SDK_IMPORT_LOG before it and `# exit <n> <code>`
 * after it, so the specifiers hooks.ts appends in between belong to that phase.
 * argv[2] is the JSON list of phases.
 */
import { appendFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Phase } from './index.js';

const log = process.env.SDK_IMPORT_LOG;
if (!log) throw new Error('SDK_IMPORT_LOG is not set');
const phases = JSON.parse(process.argv[2] ?? '[]') as Phase[];

for (const [index, phase] of phases.entries()) {
  appendFileSync(log, `# phase ${index}\n`);
  let exitCode = 0;
  if ('argv' in phase) {
    const { main } = await import('../../../src/cli/main.js');
    exitCode = await main(phase.argv);
  } else {
    await import(pathToFileURL(phase.module).href);
  }
  appendFileSync(log, `# exit ${index} ${exitCode}\n`);
}
