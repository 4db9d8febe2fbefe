/**
 * `npm run bundle`: the CLI as one CommonJS bundle of the compiled code
 * (dist/src), dist/cli/soc2.cjs, and a V8 code cache for it that
 * bin/load-bundle.js runs it from. The pure-JavaScript packages every run
 * needs (yargs, the YAML and JSON parsers, ...) are bundled too: resolving and
 * linking their modules one by one cost about 70 ms of every run. So is
 * DuckDB's JavaScript API: its 181 CommonJS files cost about 150 ms each time
 * a pack writes findings.parquet. The AWS SDK, Handlebars, Puppeteer and
 * DuckDB's native bindings stay external, required when a command needs them;
 * code only some commands run is bundled, but runs only when they do.
 *
 * One CommonJS file rather than ES modules: Node 20 can run a script, not a
 * module, from a code cache.
 */
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { build } from 'esbuild';

const BUNDLED_PACKAGES = new Set([
  '@duckdb/node-api',
  '@streamparser/json',
  'cli-progress',
  'fastest-levenshtein',
  'js-yaml',
  'jsonc-parser',
  'limiter',
  'p-limit',
  'picocolors',
  'yargs',
]);
const outdir = new URL('../dist/cli', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = [
  ...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (name) => !BUNDLED_PACKAGES.has(name),
  ),
  '@duckdb/node-bindings',
].flatMap((name) => [name, `${name}/*`]);

/**
 * Source edits to bundled packages. A file the filter matches is edited when
 * it holds the first edit's text, and every patch must edit some file: a
 * package update that moves the text fails the build instead of silently
 * undoing the edit.
 */
const PATCHES = [
  {
    // yargs finds its message catalogues relative to its own file; in the
    // bundle that file is dist/cli/soc2.cjs, next to the copied locales/.
    name: 'yargs locales',
    file: /yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/,
    edits: [["resolve(__dirname, '../../../locales')", "resolve(__dirname, '../locales')"]],
  },
  {
    // Creating an Intl.Segmenter loads ICU data (15-20 ms); only help and
    // usage text measure string widths, so create it on first use.
    name: 'lazy Intl.Segmenter',
    file: /string-width[\\/]index\.js$/,
    edits: [
      ['const segmenter = new Intl.Segmenter();', 'let segmenter;'],
      ['segmenter.segment(', '(segmenter ??= new Intl.Segmenter()).segment('],
    ],
  },
  {
    // The emoji property set is built when the pattern is compiled (~25 ms),
    // and that was at load: compile it on first use too.
    name: 'lazy RGI_Emoji pattern',
    file: /string-width[\\/]index\.js$/,
    edits: [
      ['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', 'let rgiEmojiRegex;'],
      ['rgiEmojiRegex.test(', "(rgiEmojiRegex ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test("],
    ],
  },
];

const patchPackages = {
  name: 'patch-packages',
  setup(pluginBuild) {
    const applied = new Set();
    const anyPatched = new RegExp(PATCHES.map((patch) => patch.file.source).join('|'));
    pluginBuild.onLoad({ filter: anyPatched }, ({ path }) => {
      let contents = readFileSync(path, 'utf8');
      let edited = false;
      for (const patch of PATCHES) {
        if (!patch.file.test(path) || !contents.includes(patch.edits[0][0])) continue;
        for (const [from, to] of patch.edits) {
          if (!contents.includes(from)) throw new Error(`bundle patch ${patch.name}: ${path} lacks ${from}`);
          contents = contents.replaceAll(from, () => to);
        }
        applied.add(patch.name);
        edited = true;
      }
      return edited ? { contents, loader: 'js' } : undefined;
    });
    pluginBuild.onEnd(() => {
      const missed = PATCHES.filter((patch) => !applied.has(patch.name)).map((patch) => patch.name);
      if (missed.length > 0) throw new Error(`bundle patches matched no file: ${missed.join(', ')}`);
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const bundleFile = `${outdir}/soc2.cjs`;
await build({
  entryPoints: [new URL('../dist/src/cli/bin.js', import.meta.url).pathname],
  outfile: bundleFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  // ESM builds first: jsonc-parser's UMD build requires its parts by computed paths.
  mainFields: ['module', 'main'],
  plugins: [patchPackages],
  // A script run from a code cache has no import(): lazily loaded code becomes a lazy require.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': 'soc2BundleUrl' },
  banner: { js: "const soc2BundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
// esbuild escapes non-ASCII text in code but copies comments as they are; escaped there too,
// the bundle is ASCII, which bin/load-bundle.js decodes faster.
writeFileSync(
  bundleFile,
  readFileSync(bundleFile, 'utf8').replace(
    /[^\0-\x7f]/gu,
    (char) => `\\u{${char.codePointAt(0).toString(16)}}`,
  ),
);
cpSync(
  new URL('../node_modules/yargs/locales', import.meta.url),
  new URL('../dist/cli/locales', import.meta.url),
  {
    recursive: true,
  },
);

// The code cache holds what these commands compile: a scan of YAML, one of a (JSON)
// cloud assembly, and the help text. Code they do not reach compiles when first run.
const training = spawnSync(process.execPath, [new URL('./train-code-cache.mjs', import.meta.url).pathname], {
  cwd: new URL('..', import.meta.url).pathname,
  encoding: 'utf8',
  stdio: ['ignore', 'ignore', 'pipe'],
});
if (training.status !== 0) {
  throw new Error(
    `code cache training failed (exit ${training.status}): ${training.stderr.trim().slice(-500)}`,
  );
}
