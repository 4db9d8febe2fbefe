/**
 * `bin/soc2.js` runs one esbuild bundle of the compiled code (`npm run bundle`,
 * part of `npm run build`), from the V8 code cache the build made for it.
 * Built, it answers as the in-process `main` does: the same findings and exit
 * code, every live service in its policy, a pack (findings.parquet through the
 * bundled DuckDB API) that verifies, a team's ES module rules, bad input as one
 * line and exit 2. A cache made from another source, or one V8 refuses, is not
 * used, and the CLI still runs.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { captureIo } from '../report/pack/helpers.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'soc2.js');
const BUNDLE = join(PACKAGE_ROOT, 'dist', 'cli', 'soc2.cjs');
const built = existsSync(BUNDLE);

function runBin(
  args: string[],
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', AWS_PROFILE: '', AWS_ACCESS_KEY_ID: '', ...env },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

async function runMain(args: string[]): Promise<{ status: number; stdout: string }> {
  const io = captureIo(PACKAGE_ROOT);
  const status = await main(args, io);
  return { status, stdout: io.out() };
}

const verdicts = (json: string) =>
  (JSON.parse(json) as { findings: { ruleId: string; resource: { id: string }; status: string }[] }).findings
    .map((finding) => `${finding.ruleId} ${finding.resource.id} ${finding.status}`)
    .sort();

it('bin/soc2.js runs the bundle', () => {
  expect(readFileSync(BIN, 'utf8')).toContain("'../dist/cli/soc2.cjs'");
});

it('says in one line, exit 2, when the bundle has not been built', () => {
  const dir = mkdtempSync(join(tmpdir(), 'soc2-unbuilt-'));
  try {
    mkdirSync(join(dir, 'bin'));
    for (const file of ['soc2.js', 'load-bundle.js', 'package.json'])
      copyFileSync(join(PACKAGE_ROOT, 'bin', file), join(dir, 'bin', file));
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
    const child = spawnSync(process.execPath, [join(dir, 'bin', 'soc2.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(child.status).toBe(2);
    expect(child.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^soc2: the CLI is not built .*run npm run build$/),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Loads a bundle and its cache in a fresh Node (no inherited flags: they are part of V8's cache check), then runs `soc2 --version`. */
function loadInChild(bundle: string, cache: string): { cache: string; version: string } {
  const script = `import { loadBundle } from ${JSON.stringify(join(PACKAGE_ROOT, 'bin', 'load-bundle.js'))};
const loaded = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
console.log(loaded.cache);
process.exitCode = await loaded.main(['--version']);`;
  const { NODE_OPTIONS: _flags, ...env } = process.env;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
  expect(child.status, child.stderr).toBe(0);
  const [state, version] = child.stdout.trim().split('\n');
  return { cache: state!, version: version! };
}

describe.skipIf(!built)('the bundled CLI', () => {
  it('scans a template as main() does: the same findings and exit code', async () => {
    const args = ['scan', '--template', 'examples/cloudformation/payments-api.yaml', '--format', 'json'];
    const bundled = runBin(args);
    const inProcess = await runMain(args);
    expect(bundled.status).toBe(inProcess.status);
    expect(verdicts(bundled.stdout)).toEqual(verdicts(inProcess.stdout));
    expect(verdicts(bundled.stdout).length).toBeGreaterThan(20);
  });

  it('holds every live service: its least-privilege policy is the one main() prints', async () => {
    const bundled = runBin(['policy']);
    expect(bundled.status).toBe(0);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse((await runMain(['policy'])).stdout));
  });

  it('writes a pack with findings.parquet through the bundled DuckDB API, and soc2 verify finds it intact (unsigned)', () => {
    const out = mkdtempSync(join(tmpdir(), 'soc2-bundled-pack-'));
    try {
      // SARIF only: the pack still writes findings.parquet, without a PDF to print.
      const scan = runBin([
        'scan',
        '--template',
        'examples/cloudformation/payments-api.yaml',
        '--format',
        'sarif',
        '--out',
        out,
      ]);
      expect(scan.status, scan.stderr).toBeLessThanOrEqual(1);
      const [scope] = readdirSync(out);
      const [pack] = readdirSync(join(out, scope!)).filter((name) => name !== 'latest');
      const dir = join(out, scope!, pack!);
      expect(statSync(join(dir, 'findings.parquet')).size).toBeGreaterThan(0);
      // Unsigned: intact (every hash matches) but its signer unverified, exit 5.
      const verify = runBin(['verify', dir]);
      expect(verify.stdout).toContain('hashes intact');
      expect(verify.status).toBe(5);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("speaks the user's language in yargs' own messages: the bundle finds yargs' locales", () => {
    const german = runBin(['--help'], { LC_ALL: 'de_DE.UTF-8' });
    expect(german.status).toBe(0);
    expect(german.stdout).toContain('Kommandos:');
    const english = runBin(['--help'], { LC_ALL: 'C' });
    expect(english.stdout).toContain('Commands:');
    // Help measures string widths (bundled string-width, its Intl.Segmenter created on first use).
    expect(english.stdout).toMatch(/soc2 scan {2,}Scan a live AWS account/);
  });

  it('gives bad input one line and exit 2, no stack trace', () => {
    const bundled = runBin(['scan', '--template', 'examples/no-such-template.yaml']);
    expect(bundled.status).toBe(2);
    expect(bundled.stderr.trim().split('\n')).toHaveLength(1);
    expect(bundled.stderr).toContain('no-such-template.yaml');
  });

  it("loads a team's ES module rules (the bundle has no import() of its own)", () => {
    const bundled = runBin([
      'scan',
      '--template',
      'examples/custom-rules/template.yaml',
      '--rules-dir',
      'examples/custom-rules/rules',
      '--format',
      'json',
    ]);
    expect(verdicts(bundled.stdout).filter((line) => line.startsWith('kms-key-has-alias '))).toEqual([
      'kms-key-has-alias template/Key PASS',
      'kms-key-has-alias template/UnnamedKey FAIL',
    ]);
  });

  describe('code cache', () => {
    it('runs from the cache the build made', () => {
      expect(loadInChild(BUNDLE, `${BUNDLE}.cache`)).toEqual({
        cache: 'used',
        version: expect.stringMatching(/^soc2-evidence \S+ \(rules \S+\)$/),
      });
    });

    // Beside the real bundle, so the copy finds the package root as the real one does.
    const copyDir = () => mkdtempSync(join(PACKAGE_ROOT, 'dist', 'bundle-copy-'));

    it('does not use a cache made from another source of the same length, and still runs', () => {
      const dir = copyDir();
      try {
        const source = readFileSync(BUNDLE, 'latin1');
        // V8 alone would take this cache: it knows a source by its length.
        const edited = source.replace('soc2: ', 'SOC2: ');
        expect(edited).not.toBe(source);
        writeFileSync(join(dir, 'soc2.cjs'), edited, 'latin1');
        copyFileSync(`${BUNDLE}.cache`, join(dir, 'soc2.cjs.cache'));
        expect(loadInChild(join(dir, 'soc2.cjs'), join(dir, 'soc2.cjs.cache')).cache).toBe('stale');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('trains a cache a plain Node takes, even when the build runs under NODE_OPTIONS flags', () => {
      const dir = copyDir();
      try {
        copyFileSync(BUNDLE, join(dir, 'soc2.cjs'));
        cpSync(join(PACKAGE_ROOT, 'dist', 'cli', 'locales'), join(dir, 'locales'), { recursive: true });
        const training = spawnSync(
          process.execPath,
          [join(PACKAGE_ROOT, 'scripts', 'train-code-cache.mjs'), join(dir, 'soc2.cjs')],
          {
            cwd: PACKAGE_ROOT,
            encoding: 'utf8',
            stdio: ['ignore', 'ignore', 'pipe'],
            // As CI often sets it: a V8 flag, part of the cache's check.
            env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=4096' },
          },
        );
        expect(training.status, training.stderr).toBe(0);
        expect(loadInChild(join(dir, 'soc2.cjs'), join(dir, 'soc2.cjs.cache')).cache).toBe('used');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('runs without a cache V8 refuses, or none at all', () => {
      const dir = copyDir();
      try {
        copyFileSync(BUNDLE, join(dir, 'soc2.cjs'));
        const cache = readFileSync(`${BUNDLE}.cache`);
        // The right source hash, then a payload with its bytes flipped.
        writeFileSync(
          join(dir, 'soc2.cjs.cache'),
          Buffer.concat([cache.subarray(0, 32), cache.subarray(32).map((byte) => byte ^ 0xff)]),
        );
        const refused = loadInChild(join(dir, 'soc2.cjs'), join(dir, 'soc2.cjs.cache'));
        expect(refused.cache).toBe('rejected');
        expect(refused.version).toMatch(/^soc2-evidence /);
        expect(loadInChild(join(dir, 'soc2.cjs'), join(dir, 'missing.cache')).cache).toBe('none');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
