/**
 * `--fail-on new`: the verdict word in every output follows the same gate as
 * the exit code. A nightly run with only old failures exits 0, and neither the
 * console nor summary.md may say FAIL (or INCOMPLETE) on it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { runCli, type CliRun } from './capture.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
let dir: string;
let baselinePack: string;

function packOf(run: CliRun): string {
  const match = /^Evidence pack: (.+)$/m.exec(run.stdout);
  if (!match) throw new Error(`no pack in: ${run.stdout}${run.stderr}`);
  return match[1]!;
}

/** The verdict line of the console summary, and summary.md's first bold word line. */
async function verdicts(run: CliRun): Promise<{ console: string; markdown: string; result: ScanResult }> {
  const pack = packOf(run);
  const consoleLine = run.stdout.split('\n').find((line) => /^(PASS|FAIL|INCOMPLETE)\b/.test(line));
  const markdown = await readFile(join(pack, 'summary.md'), 'utf8');
  const markdownLine = markdown.split('\n').find((line) => /^\*\*(PASS|FAIL|INCOMPLETE)\*\*/.test(line));
  const result = JSON.parse(await readFile(join(pack, 'findings.json'), 'utf8')) as ScanResult;
  return { console: consoleLine ?? '', markdown: markdownLine ?? '', result };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soc2-fail-on-new-'));
  const first = await runCli(
    ['scan', '-t', 'keys.yaml', '--name', 'keys', '--out', join(dir, 'base'), '-f', 'json,markdown'],
    fixtures,
  );
  expect(first.code).toBe(EXIT.failures);
  baselinePack = packOf(first);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--fail-on new: exit code and every verdict agree', () => {
  it('old failures only: exit 0, and the console and summary.md both say PASS', async () => {
    const run = await runCli(
      [
        'scan',
        ...['-t', 'keys.yaml', '--name', 'keys', '--out', join(dir, 'same'), '-f', 'json,markdown'],
        ...['--fail-on', 'new', '--baseline', baselinePack],
      ],
      fixtures,
    );
    expect(run.code).toBe(EXIT.ok);
    const { console: line, markdown, result } = await verdicts(run);
    const failing = result.summary.byStatus.FAIL;
    expect(failing).toBeGreaterThan(0);
    expect(result.changes?.newFailures).toEqual([]);
    expect(line).toMatch(/^PASS \(gate: new/);
    expect(line).toContain(`${failing} failing since before the baseline`);
    expect(markdown).toMatch(/^\*\*PASS\*\*: 0 failing new since the baseline, /);
    expect(markdown).toContain(`${failing} failing since before the baseline`);
    expect(run.stdout + run.stderr).not.toMatch(/\bFAIL\b:|INCOMPLETE/);
  });

  it('one failure that is new: exit 1, and both say FAIL with that one counted', async () => {
    await mkdir(join(dir, 'regressed'));
    const template = join(dir, 'regressed', 'keys.yaml');
    await writeFile(
      template,
      (await readFile(join(fixtures, 'keys.yaml'), 'utf8')).replace(
        /RotatedKey:\n {4}Type: AWS::KMS::Key\n {4}Properties:\n {6}EnableKeyRotation: true/,
        'RotatedKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: false',
      ),
    );
    const run = await runCli(
      [
        'scan',
        ...['-t', template, '--name', 'keys', '--out', join(dir, 'regressed-out'), '-f', 'json,markdown'],
        ...['--fail-on', 'new', '--baseline', baselinePack],
      ],
      fixtures,
    );
    expect(run.code).toBe(EXIT.failures);
    const { console: line, markdown, result } = await verdicts(run);
    expect(result.changes?.newFailures.map((change) => change.resourceId)).toEqual(['keys/RotatedKey']);
    const old = result.summary.byStatus.FAIL - 1;
    expect(line).toMatch(/^FAIL: 1 failing new since the baseline, /);
    expect(line).toContain(`${old} failing since before the baseline`);
    expect(markdown).toMatch(/^\*\*FAIL\*\*: 1 failing new since the baseline, /);
    expect(markdown).toContain(`${old} failing since before the baseline`);
  });

  it('no baseline at all: every failure counts as new, and both outputs say so', async () => {
    const run = await runCli(
      [
        'scan',
        ...['-t', 'keys.yaml', '--name', 'keys', '--out', join(dir, 'fresh'), '-f', 'json,markdown'],
        ...['--fail-on', 'new'],
      ],
      fixtures,
    );
    expect(run.code).toBe(EXIT.failures);
    const { console: line, markdown, result } = await verdicts(run);
    expect(line).toMatch(/^FAIL: /);
    expect(markdown).toContain(
      `**FAIL**: ${result.summary.byStatus.FAIL} failing new since the baseline (no baseline: every failure counts as new)`,
    );
  });
});
