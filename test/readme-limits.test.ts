/**
 * The README's "Limits" table against the constants the code enforces, so a
 * limit changed in the code cannot leave the README promising another. Where
 * a number is a literal inside a function rather than an exported constant,
 * the test reads it from the source line that applies it; the file-size
 * refusal is also checked by behaviour, on a sparse file one byte over.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { DETAIL_ROW_LIMIT, DETAIL_ROWS_PER_CONTROL } from '../src/report/html/view-model.js';
import { STREAM_ABOVE_BYTES } from '../src/report/pack/findings-file.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../src/sources/live/index.js';
import { DEFAULT_HEARTBEAT_MS } from '../src/sources/live/progress.js';
import {
  formatCount,
  MAX_ALIAS_NODES,
  MAX_DEPTH,
  MAX_JSON_CHARS,
  MAX_YAML_CHARS,
} from '../src/sources/template/limits.js';
import { runCli } from './cli/capture.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const MIB = 1024 * 1024;

/** The table row whose first cell starts with `what`: its Limit cell. */
function limitCell(what: string): string {
  const section = readme.slice(
    readme.indexOf('\n## Limits\n'),
    readme.indexOf('\n## ', readme.indexOf('\n## Limits\n') + 1),
  );
  const row = section.split('\n').find((line) => line.startsWith(`| ${what}`));
  if (row === undefined) throw new Error(`README "Limits" has no row starting "${what}"`);
  return row.split('|')[2]!.trim();
}

/** The one number a source line applies, found by a pattern with one capture group. */
function literalIn(file: string, pattern: RegExp): number {
  const match = pattern.exec(readFileSync(join(root, file), 'utf8'));
  if (match === null)
    throw new Error(`${file} no longer matches ${pattern}: update this test and the README`);
  return Number(match[1]!.replace(/_/g, ''));
}

const seconds = (ms: number): string => `${ms / 1000} s`;

describe('README "Limits" agrees with the code', () => {
  it('template sizes, nesting and aliases', () => {
    expect(limitCell('JSON template')).toBe(
      `${formatCount(MAX_JSON_CHARS)} characters (${MAX_JSON_CHARS / MIB} MiB)`,
    );
    expect(limitCell('YAML template')).toBe(
      `${formatCount(MAX_YAML_CHARS)} characters (${MAX_YAML_CHARS / MIB} MiB)`,
    );
    expect(limitCell('Nesting')).toMatch(new RegExp(`^${MAX_DEPTH} levels`));
    expect(limitCell('YAML alias expansion')).toMatch(new RegExp(`^${formatCount(MAX_ALIAS_NODES)} nodes`));
    const factor = literalIn('src/sources/template/read.ts', /info\.size > MAX_JSON_CHARS \* (\d+)/);
    expect(limitCell('Template file size')).toBe(
      `${formatCount(MAX_JSON_CHARS * factor)} bytes (${(MAX_JSON_CHARS * factor) / MIB} MiB: ${factor} bytes for each character of the JSON limit)`,
    );
  });

  it('live request timeout, connection timeout, attempts and retry budget', () => {
    const connect = literalIn(
      'src/sources/live/clients.ts',
      /Math\.min\(this\.settings\.requestTimeoutMs, ([\d_]+)\)/,
    );
    expect(limitCell('One live request')).toBe(
      `${seconds(DEFAULT_REQUEST_TIMEOUT_MS)} (\`SOC2_REQUEST_TIMEOUT_MS\`), of which at most ${seconds(connect)} to connect`,
    );
    const attempts = literalIn('src/sources/live/index.ts', /maxAttempts: options\.maxAttempts \?\? (\d+)/);
    const timeouts = literalIn(
      'src/sources/live/index.ts',
      /retryBudgetMs: options\.retryBudgetMs \?\? (\d+) \* requestTimeoutMs/,
    );
    expect(limitCell('One live call, retries included')).toBe(
      `${attempts} attempts, within ${timeouts} request timeouts (${seconds(timeouts * DEFAULT_REQUEST_TIMEOUT_MS)} by default)`,
    );
    const source = readFileSync(join(root, 'src/sources/live/index.ts'), 'utf8');
    expect(source).toContain("envMs(io.env, 'SOC2_REQUEST_TIMEOUT_MS')");
    expect(source).toContain("envMs(io.env, 'SOC2_HEARTBEAT_MS')");
  });

  it('CI heartbeat, report detail, findings.json streaming and verify', () => {
    expect(limitCell('CI heartbeat')).toMatch(new RegExp(`^a line every ${seconds(DEFAULT_HEARTBEAT_MS)} `));
    expect(limitCell('HTML and PDF detail')).toBe(
      `every row up to ${formatCount(DETAIL_ROW_LIMIT)} exception and suppression rows; above, ${DETAIL_ROWS_PER_CONTROL} per control and the counts`,
    );
    expect(limitCell('`findings.json` read back')).toBe(
      `parsed whole up to ${formatCount(STREAM_ABOVE_BYTES)} bytes (${STREAM_ABOVE_BYTES / MIB} MiB), streamed one finding at a time above`,
    );
    expect(readFileSync(join(root, 'src/report/pack/verify.ts'), 'utf8')).toContain(
      'const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1;',
    );
    expect(limitCell('A file `soc2 verify` hashes')).toBe('2 GiB less one byte');
  });
});

describe('the file-size limit, by behaviour', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'soc2-readme-limits-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a template one byte over the README size is refused from its size alone, exit 2', async () => {
    const bytes = Number(limitCell('Template file size').split(' ')[0]!.replace(/,/g, ''));
    const file = join(dir, 'huge.json');
    // Sparse: no disk and no time spent; reading it would take half a gigabyte.
    const handle = await open(file, 'w');
    await handle.truncate(bytes + 1);
    await handle.close();
    const started = Date.now();
    const run = await runCli(['scan', '-t', file], dir);
    expect(run.code).toBe(EXIT.badInput);
    expect(run.stderr).toContain(`is ${formatCount(bytes + 1)} bytes; templates are limited to`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
