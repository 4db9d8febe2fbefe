/**
 * Runs the CLI bundle (dist/cli/soc2.cjs, made by `npm run bundle`) from V8's
 * code cache when the build made one for it. Node 20 has no compile cache of
 * its own (`module.enableCompileCache` arrives in 22), and compiling the
 * bundle's code again on every run cost about 80 ms of each command.
 *
 * V8 checks a cache against its own version and flags, and rejects it on a
 * mismatch (the bundle then compiles as usual); but it knows the source by
 * its length alone. So the cache file starts with the SHA-256 of the source
 * it was made from, and is used only for that exact source.
 */
'use strict';
const { Buffer, isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');

const HASH_BYTES = 32;
// A compiled script has no import() of its own, so the bundle gets one as a parameter
// (src/engine/custom-rules.ts loads a team's ES module rules through it).
const PARAMETERS = 'exports, require, module, __filename, __dirname, soc2ImportModule';

/**
 * Compiles and runs the bundle. `cache` says what became of the code cache:
 * `used`, `rejected` by V8 (another Node version or other flags), `stale`
 * (made from another source) or `none`. `saveCache` writes one for this
 * source, holding the code compiled so far.
 */
function loadBundle(bundleFile, cacheFile) {
  const bytes = readFileSync(bundleFile);
  const hash = createHash('sha256').update(bytes).digest();
  // The build writes the bundle in ASCII, which decodes several times faster as Latin-1.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  let cachedData;
  let cache = 'none';
  try {
    const stored = readFileSync(cacheFile);
    if (stored.length > HASH_BYTES && stored.subarray(0, HASH_BYTES).equals(hash)) {
      cachedData = stored.subarray(HASH_BYTES);
    } else {
      cache = 'stale';
    }
  } catch {
    // no cache: compile as usual
  }
  // One line of wrapper before the source, so line numbers in stack traces stay the bundle's.
  const script = new Script(`(function (${PARAMETERS}) {${source}\n})`, { filename: bundleFile, cachedData });
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(bundleFile),
    module,
    bundleFile,
    dirname(bundleFile),
    (specifier) => import(specifier),
  );
  return {
    main: module.exports.main,
    cache,
    saveCache: () => writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()])),
  };
}

module.exports = { loadBundle };
