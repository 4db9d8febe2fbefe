/**
 * What `npm pack` ships: everything the CLI reads at run time, no browser
 * download, and `--version` naming the tool and rules versions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.js';
import { main } from '../../../src/cli/main.js';
import { PACKAGE_ROOT, TOOL_VERSION } from '../../../src/version.js';
import { captureIo } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8'));

it('ships the CLI, rules, templates and sample, and downloads no browser at install', () => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
    }),
  );
  const files = new Set<string>(packed.files.map((file: { path: string }) => file.path));
  for (const needed of [
    'bin/soc2.js',
    // Makes bin/ CommonJS: without it the package's "type": "module" would read bin/soc2.js as an ES module.
    'bin/package.json',
    'package.json',
    'templates/layout.hbs',
    'templates/partials/cover.hbs',
    'examples/sample-account/snapshot.json',
    'rules/index.ts',
    'docs/findings.schema.json',
  ]) {
    expect(files, needed).toContain(needed);
  }
  if (existsSync(join(PACKAGE_ROOT, 'dist/cli/soc2.cjs'))) {
    expect(files).toContain('dist/cli/soc2.cjs');
    expect(files).toContain('dist/cli/soc2.cjs.cache');
    expect(files).toContain('bin/load-bundle.js');
    expect(files).toContain('dist/src/cli/main.js');
    expect(files).toContain('dist/rules/index.js');
  }
  expect([...files].filter((path) => path.startsWith('test/') || path.endsWith('.map'))).toEqual([]);
  expect(pkg.bin['soc2-evidence']).toBe('bin/soc2.js');
  expect(pkg.dependencies.puppeteer).toBeUndefined();
  expect(pkg.dependencies['puppeteer-core']).toBeDefined();
  expect(readFileSync(join(PACKAGE_ROOT, 'bin/soc2.js'), 'utf8')).toContain("'../dist/cli/soc2.cjs'");
});

it('soc2 --version prints the tool and rules versions', async () => {
  const io = captureIo();
  expect(await main(['--version'], io)).toBe(0);
  expect(io.out()).toBe(`soc2-evidence ${TOOL_VERSION} (rules ${RULES_VERSION})\n`);
});
