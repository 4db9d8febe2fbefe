#!/usr/bin/env node
// One bundled file instead of some 400 modules (resolving and linking them was a
// quarter of a large template scan), run from the code cache its build made.
// CommonJS (bin/package.json): Node then starts without its ES module loader, about 10 ms sooner.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const bundle = join(__dirname, '../dist/cli/soc2.cjs');
if (existsSync(bundle)) {
  const { main } = loadBundle(bundle, `${bundle}.cache`);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
} else {
  process.stderr.write(`soc2: the CLI is not built (${bundle} is missing): run npm run build\n`);
  process.exitCode = 2;
}
