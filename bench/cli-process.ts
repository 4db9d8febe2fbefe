/**
 * The shipped CLI end to end, what one CI step pays: `node bin/soc2.js scan
 * --template PATH --format sarif > FILE` from spawn to exit (Node start,
 * loading the bundle, the scan, writing SARIF). Each sample alternates with a
 * bare `node -e ""`, so both see the same load on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { measuredEnv, median, REPO_ROOT } from './sampling.js';

const BIN = join(REPO_ROOT, 'bin', 'soc2.js');
const BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'soc2.cjs');
/** Exit codes of a scan that ran: no failure, failures, evidence incomplete. */
const SCAN_RAN = new Set([0, 1, 3]);

export interface WholeProcess {
  samples: number;
  /** Median wall time of the CLI, spawn to exit. */
  cliMs: number;
  cliFastestMs: number;
  /** Median wall time of `node -e ""`, sampled alternately with the CLI. */
  nodeStartMs: number;
  /**
   * JSON templates: median wall time, spawn to exit, of a Node process that reads the file and
   * `JSON.parse`s it, sampled alternately too. The floor as the issue words it ("starting node and
   * parsing the template"), without what soc2's own parser adds (resource lines, repeated keys, depth).
   */
  plainParseMs?: number;
}

/** Starting Node, reading a JSON file and parsing it: nothing else. */
const PLAIN_PARSE = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the bundle when it is missing or older than src/ or rules/: the figure is of the code as it stands. */
export function ensureBuiltCli(log: (line: string) => void): void {
  const builtAt = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  const sourcesAt = Math.max(newestMtime(join(REPO_ROOT, 'src')), newestMtime(join(REPO_ROOT, 'rules')));
  if (builtAt >= sourcesAt) return;
  log('building the CLI (npm run build) to measure it as shipped ...');
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr.trim().split('\n').at(-1)}`);
}

function timed(
  args: readonly string[],
  stdoutFile?: string,
): { ms: number; status: number | null; stderr: string } {
  const stdout = stdoutFile === undefined ? 'ignore' : openSync(stdoutFile, 'w');
  try {
    const started = performance.now();
    const child = spawnSync(process.execPath, args, {
      cwd: REPO_ROOT,
      env: measuredEnv(),
      encoding: 'utf8',
      stdio: ['ignore', stdout, 'pipe'],
    });
    return { ms: performance.now() - started, status: child.status, stderr: child.stderr };
  } finally {
    if (typeof stdout === 'number') closeSync(stdout);
  }
}

export function measureWholeProcess(template: string, sarifOut: string, samples: number): WholeProcess {
  const cli: number[] = [];
  const bare: number[] = [];
  const plain: number[] = [];
  const isJson = template.endsWith('.json');
  for (let index = 0; index < samples; index += 1) {
    bare.push(timed(['-e', '']).ms);
    if (isJson) {
      const parsed = timed(['-e', PLAIN_PARSE, template]);
      if (parsed.status !== 0)
        throw new Error(`JSON.parse of ${template} failed: ${parsed.stderr.trim().slice(-300)}`);
      plain.push(parsed.ms);
    }
    const run = timed([BIN, 'scan', '--template', template, '--format', 'sarif'], sarifOut);
    if (!SCAN_RAN.has(run.status ?? -1)) {
      throw new Error(
        `soc2 scan --template ${template} exited ${run.status}: ${run.stderr.trim().slice(-300)}`,
      );
    }
    cli.push(run.ms);
  }
  return {
    samples,
    cliMs: median(cli),
    cliFastestMs: Math.min(...cli),
    nodeStartMs: median(bare),
    ...(isJson ? { plainParseMs: median(plain) } : {}),
  };
}
