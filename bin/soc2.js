#!/usr/bin/env node
// One bundled file instead of some 400 modules (resolving and linking them was a
// quarter of a large template scan), run from the code cache its build made.
import { existsSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { loadBundle } from './load-bundle.js';

const bundle = fileURLToPath(new URL('../dist/cli/soc2.cjs', import.meta.url));
if (existsSync(bundle)) {
  const { main } = loadBundle(bundle, `${bundle}.cache`);
  process.exitCode = await main(process.argv.slice(2));
} else {
  process.stderr.write(`soc2: the CLI is not built (${bundle} is missing): run npm run build\n`);
  process.exitCode = 2;
}
