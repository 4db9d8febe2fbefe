/**
 * Writes dist/cli/soc2.cjs.cache (see bin/load-bundle.js) after running, in
 * one process, the commands most runs are made of. Their output is not kept.
 *
 *   node scripts/train-code-cache.mjs [BUNDLE]   (default dist/cli/soc2.cjs; the cache is BUNDLE.cache)
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { loadBundle } from '../bin/load-bundle.js';

// V8 takes a code cache only under the flags that made it. Made under NODE_OPTIONS
// (CI often sets --max-old-space-size), it would be refused by every plain `soc2` run,
// which would then compile the whole bundle again. So it is made without them.
if (process.env.NODE_OPTIONS !== undefined) {
  const { NODE_OPTIONS: _inherited, ...env } = process.env;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    env,
    stdio: 'inherit',
  });
  process.exit(child.status ?? 1);
}

const COMMANDS = [
  ['scan', '--template', 'examples/cloudformation/payments-api.yaml', '--format', 'sarif'],
  ['scan', '--template', 'examples/cdk-app/cdk.out', '--format', 'sarif'],
  ['--help'],
];
/** A scan that ran: no failure, failures, or evidence incomplete. */
const RAN = new Set([0, 1, 3]);

const bundle = process.argv[2] ?? fileURLToPath(new URL('../dist/cli/soc2.cjs', import.meta.url));
const { main, saveCache } = loadBundle(bundle, `${bundle}.cache`);
for (const command of COMMANDS) {
  const status = await main(command);
  if (!RAN.has(status)) throw new Error(`soc2 ${command.join(' ')} exited ${status}`);
}
saveCache();
