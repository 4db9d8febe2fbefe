/**
 * Writes dist/cli/soc2.cjs.cache (see bin/load-bundle.js) after running, in
 * one process, the commands most runs are made of. Their output is not kept.
 */
import { fileURLToPath, URL } from 'node:url';
import { loadBundle } from '../bin/load-bundle.js';

const COMMANDS = [
  ['scan', '--template', 'examples/cloudformation/payments-api.yaml', '--format', 'sarif'],
  ['scan', '--template', 'examples/cdk-app/cdk.out', '--format', 'sarif'],
  ['--help'],
];
/** A scan that ran: no failure, failures, or evidence incomplete. */
const RAN = new Set([0, 1, 3]);

const bundle = fileURLToPath(new URL('../dist/cli/soc2.cjs', import.meta.url));
const { main, saveCache } = loadBundle(bundle, `${bundle}.cache`);
for (const command of COMMANDS) {
  const status = await main(command);
  if (!RAN.has(status)) throw new Error(`soc2 ${command.join(' ')} exited ${status}`);
}
saveCache();
