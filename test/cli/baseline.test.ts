/**
 * "What changed since last night": the second run into the same --out compares
 * itself with the first pack of the same scope; --baseline picks another run.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import type { ScanResult } from '../../src/engine/finding.js';
import { oneErrorLine, runCli } from './capture.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'soc2-baseline-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function packsOf(scope: string): Promise<string[]> {
  // `latest` points at the newest pack; the packs are the timestamped folders.
  return (await readdir(join(out, scope))).filter((name) => /^\d{4}-/.test(name)).sort();
}

describe('soc2 scan --out compares with the previous pack of the same scope', () => {
  it('has no baseline on the first run, and compares with the first pack on the second', async () => {
    const args = ['scan', '-t', 'keys.yaml', '--name', 'keys', '--out', out, '-f', 'json'];
    const first = await runCli(args, fixtures);
    expect(first.code).toBe(EXIT.failures);
    expect(first.stdout).not.toContain('Since ');
    const [firstPack] = await packsOf('keys');
    const firstResult = JSON.parse(
      await readFile(join(out, 'keys', firstPack!, 'findings.json'), 'utf8'),
    ) as ScanResult;
    expect(firstResult.changes).toBeUndefined();

    // The same scope with a template where the failing key now rotates: one failure resolved.
    await mkdir(join(out, 'fixed'));
    await writeFile(
      join(out, 'fixed', 'keys.yaml'),
      (await readFile(join(fixtures, 'keys.yaml'), 'utf8')).replace(
        /EnableKeyRotation: false/g,
        'EnableKeyRotation: true',
      ),
    );
    const second = await runCli(
      ['scan', '-t', join(out, 'fixed', 'keys.yaml'), '--name', 'keys', '--out', out, '-f', 'json'],
      fixtures,
    );
    expect(second.stdout).toMatch(/Since \S+: 0 new failures, [1-9]\d* resolved/);
    const packs = await packsOf('keys');
    expect(packs).toHaveLength(2);
    const secondResult = JSON.parse(
      await readFile(join(out, 'keys', packs[1]!, 'findings.json'), 'utf8'),
    ) as ScanResult;
    expect(secondResult.changes?.baseline).toEqual({
      startedAt: firstResult.scan.startedAt,
      source: join(out, 'keys', firstPack!, 'findings.json'),
    });
    const resolved = secondResult.changes?.resolved ?? [];
    expect(resolved.length).toBeGreaterThan(0);
    expect(resolved.every((change) => change.before === 'FAIL' && change.after === 'PASS')).toBe(true);
  });

  it('skips the comparison with --baseline none', async () => {
    const run = await runCli(
      ['scan', '-t', 'keys.yaml', '--name', 'keys', '--out', out, '-f', 'json', '--baseline', 'none'],
      fixtures,
    );
    expect(run.stdout).not.toContain('Since ');
  });

  it('refuses a --baseline that is not a findings.json, before writing anything', async () => {
    const before = await packsOf('keys');
    const run = await runCli(
      ['scan', '-t', 'keys.yaml', '--name', 'keys', '--out', out, '--baseline', 'keys.yaml'],
      fixtures,
    );
    expect(run.code).toBe(EXIT.badInput);
    expect(oneErrorLine(run)).toMatch(/^soc2: --baseline .*keys\.yaml: not a readable findings\.json/);
    expect(await packsOf('keys')).toEqual(before);
  });
});
