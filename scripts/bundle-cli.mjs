/**
 * `npm run bundle`: the CLI as one ESM bundle of the compiled code (dist/src)
 * in dist/cli/, with lazily loaded chunks. Packages stay external, except
 * DuckDB's JavaScript API: its 181 CommonJS files cost about 150 ms to load
 * each time a pack writes findings.parquet. Its native bindings stay external.
 */
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { build } from 'esbuild';

const BUNDLED_PACKAGES = new Set(['@duckdb/node-api']);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [
  ...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (name) => !BUNDLED_PACKAGES.has(name),
  ),
  '@duckdb/node-bindings',
].flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: [new URL('../dist/src/cli/bin.js', import.meta.url).pathname],
  outdir: new URL('../dist/cli', import.meta.url).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // The bundled CommonJS requires its external bindings: give ESM chunks a `require`.
  banner: {
    js: "import { createRequire as soc2CreateRequire } from 'node:module'; const require = soc2CreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
