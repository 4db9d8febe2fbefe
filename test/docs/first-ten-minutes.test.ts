/**
 * docs/first-ten-minutes.md claims to be what the CLI prints. Every command of
 * the page runs again here, in order, in a fresh folder (so the second live
 * run compares with the first, as on the page), and its output and exit code
 * must match the page's, times, pack paths and heartbeat lines aside. The live commands read the same account through the loopback AWS
 * server, without the page's 1.5 s latency (the heartbeat is not compared).
 * When this fails, regenerate: npx tsx scripts/first-ten-minutes.ts
 */
import { readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLive,
  masked,
  parseTranscript,
  runPageCommand,
  transcriptAws,
  transcriptFolder,
  TRANSCRIPT_FILE,
  type TranscriptCommand,
} from '../support/transcript.js';

const page = await readFile(TRANSCRIPT_FILE, 'utf8');
const documented = parseTranscript(page).flatMap((block) => block.commands);
const actual = new Map<number, { output: string; code: number }>();
let cwd: string;

beforeAll(async () => {
  cwd = await transcriptFolder();
  const aws = await transcriptAws(0);
  try {
    for (const [index, { line }] of documented.entries()) {
      actual.set(index, await runPageCommand(line, cwd, aws));
    }
  } finally {
    await aws.restore();
  }
}, 180_000);
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('docs/first-ten-minutes.md is what the CLI prints today', () => {
  it('has the sample, a template scan, explain, typos, a gate and two live runs', () => {
    expect(documented.length).toBeGreaterThanOrEqual(10);
    expect(documented.filter((command) => isLive(command.line))).toHaveLength(2);
    expect(documented[0]!.line).toBe('npx soc2 scan --sample --out reports');
  });

  it.each(documented.map((command, index) => [command.line, index, command] as const))(
    '$ %s',
    (_line: string, index: number, command: TranscriptCommand) => {
      const run = actual.get(index)!;
      expect(masked(run.output)).toBe(masked(command.output));
      expect(run.code).toBe(command.code);
    },
  );

  it('quotes the sample account counts the scan finds', () => {
    const sample = actual.get(0)!.output;
    const counts = /^\d+ findings: .*$/m.exec(sample)?.[0];
    expect(counts).toBeDefined();
    expect(page).toContain(`\n${counts}\n`);
    const verdict = /^FAIL: .*$/m.exec(sample)?.[0];
    expect(page).toContain(`\n${verdict}\n`);
  });

  it('the masks hide only what changes between runs (a wrong count still fails)', () => {
    const output = documented[0]!.output;
    const changed = output.replace(/^(\d+) findings: (\d+) FAIL/m, (_all, total: string, fail: string) => {
      return `${total} findings: ${Number(fail) + 1} FAIL`;
    });
    expect(changed).not.toBe(output);
    expect(masked(changed)).not.toBe(masked(output));
  });
});
