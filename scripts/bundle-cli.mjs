/**
 * `npm run bundle`: the CLI as one ESM bundle of the compiled code (dist/src)
 * in dist/cli/, with lazily loaded chunks. The pure-JavaScript packages every
 * run needs (yargs, the YAML and JSON parsers, ...) are bundled too: resolving
 * and linking their modules one by one cost about 70 ms of every run. So is
 * DuckDB's JavaScript API: its 181 CommonJS files cost about 150 ms each time
 * a pack writes findings.parquet. The AWS SDK, Handlebars, Puppeteer and
 * DuckDB's native bindings stay external, loaded when a command needs them.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
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
    // bundle that file is a chunk of dist/cli, next to the copied locales/.
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
await build({
  entryPoints: [new URL('../dist/src/cli/bin.js', import.meta.url).pathname],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // ESM builds first: jsonc-parser's UMD build requires its parts by computed paths.
  mainFields: ['module', 'main'],
  plugins: [patchPackages],
  // The bundled CommonJS requires its external bindings: give ESM chunks a `require`.
  banner: {
    js: "import { createRequire as soc2CreateRequire } from 'node:module'; const require = soc2CreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
cpSync(
  new URL('../node_modules/yargs/locales', import.meta.url),
  new URL('../dist/cli/locales', import.meta.url),
  {
    recursive: true,
  },
);
