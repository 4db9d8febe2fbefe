/**
 * docs/first-ten-minutes.md is a transcript: ```text blocks of `$ npx soc2 ...`
 * commands, their output (stdout and stderr interleaved as printed) and
 * `[exit N]`. This reads those blocks, runs their commands through the real
 * CLI (in-process, no TTY, as a CI log sees it), and writes them back, so
 * scripts/first-ten-minutes.ts regenerates the page and a test compares it
 * with what the CLI prints today.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { TEST_CREDENTIALS } from '../sources/live/helpers.js';
import { sampleAccount, startFakeAws, type FakeAws } from './aws-server/index.js';

export const TRANSCRIPT_FILE = join(PACKAGE_ROOT, 'docs', 'first-ten-minutes.md');

export interface TranscriptCommand {
  /** As written after `$ `: `npx soc2 scan --sample --out reports`. */
  line: string;
  output: string;
  code: number;
}

export interface TranscriptBlock {
  /** Offsets of the block's body (between the fences) in the page. */
  start: number;
  end: number;
  commands: TranscriptCommand[];
}

const FENCE = /```text\n([\s\S]*?)```/g;

function parseBlock(body: string): TranscriptCommand[] {
  const commands: TranscriptCommand[] = [];
  let current: { line: string; output: string[] } | undefined;
  for (const text of body.split('\n')) {
    if (current === undefined) {
      if (text.startsWith('$ ')) current = { line: text.slice(2), output: [] };
      continue;
    }
    const exit = /^\[exit (\d+)\]$/.exec(text);
    if (exit) {
      commands.push({ line: current.line, output: current.output.join('\n'), code: Number(exit[1]) });
      current = undefined;
    } else current.output.push(text);
  }
  if (current !== undefined) throw new Error(`transcript: "$ ${current.line}" has no [exit N] line`);
  return commands;
}

export function parseTranscript(page: string): TranscriptBlock[] {
  return [...page.matchAll(FENCE)].map((match) => {
    const start = match.index + '```text\n'.length;
    return { start, end: start + match[1]!.length, commands: parseBlock(match[1]!) };
  });
}

export function renderCommands(commands: readonly TranscriptCommand[]): string {
  return commands
    .map((command) =>
      [
        `$ ${command.line}`,
        ...(command.output === '' ? [] : [command.output]),
        `[exit ${command.code}]`,
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** The page with each block's commands replaced by `blocks[i]`. */
export function withBlocks(page: string, blocks: readonly TranscriptCommand[][]): string {
  const found = parseTranscript(page);
  if (found.length !== blocks.length) throw new Error('transcript: block count changed');
  let result = '';
  let at = 0;
  found.forEach((block, index) => {
    result += page.slice(at, block.start) + renderCommands(blocks[index]!);
    at = block.end;
  });
  return result + page.slice(at);
}

/** A live command: it reads an account (here, the loopback AWS server) rather than a template or the sample. */
export function isLive(line: string): boolean {
  return / --regions /.test(line);
}

/**
 * A fresh folder to run the page's commands in: `reports/` starts empty (so
 * the first scan has no baseline) and the README's example templates are
 * where the commands name them.
 */
export async function transcriptFolder(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'soc2-first-ten-minutes-'));
  await cp(join(PACKAGE_ROOT, 'examples', 'cloudformation'), join(cwd, 'examples', 'cloudformation'), {
    recursive: true,
  });
  return cwd;
}

/** Runs `npx soc2 ARGS [2>&1 | tail -n N]` through the CLI, stdout and stderr in the order written. */
export async function runCommand(
  line: string,
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<{ output: string; code: number }> {
  const piped = /^(.*?) 2>&1 \| tail -n (\d+)$/.exec(line);
  const command = piped ? piped[1]! : line;
  if (!command.startsWith('npx soc2 ')) throw new Error(`transcript: not a soc2 command: ${line}`);
  const args = command.slice('npx soc2 '.length).split(/\s+/);
  let output = '';
  const io: Io = {
    stdout: { write: (text: string) => (output += text), isTTY: false },
    stderr: { write: (text: string) => (output += text), isTTY: false },
    env,
    cwd,
  };
  const code = await main(args, io);
  let lines = output.replace(/\n$/, '').split('\n');
  if (piped) lines = lines.slice(-Number(piped[2]));
  return { output: lines.join('\n'), code };
}

/**
 * What differs from one run to the next and says nothing about the tool: when
 * it ran, where the pack went, heartbeat timing. (Key ages are counted from
 * the snapshot's recording, so they stay compared.)
 */
export function masked(output: string): string {
  return output
    .split('\n')
    .filter((line) => !line.startsWith('soc2: still scanning after '))
    .join('\n')
    .replace(/evaluated at \S+Z/g, 'evaluated at <now>')
    .replace(/^Since \S+Z:/gm, 'Since <baseline>:')
    .replace(/^Evidence pack: .*$/gm, 'Evidence pack: <pack>');
}

/**
 * The account the page's live commands read: the sample account on the
 * loopback AWS server, with three throttled ec2:DescribeSecurityGroups calls
 * (so the run retries), and `latencyMs` per call (the page uses 1.5 s so that
 * the run lasts long enough to print a heartbeat). The SDK reads the endpoint
 * and credentials from process.env: `restore()` puts it back.
 */
export async function transcriptAws(latencyMs: number): Promise<{
  fake: FakeAws;
  env: Record<string, string | undefined>;
  restore: () => Promise<void>;
}> {
  const fake = await startFakeAws({ account: sampleAccount(), latencyMs });
  fake.setFaults([{ action: 'ec2:DescribeSecurityGroups', kind: 'Throttling', times: 3 }]);
  const saved = { ...process.env };
  const settings = {
    AWS_ENDPOINT_URL: fake.endpoint,
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
  };
  Object.assign(process.env, settings);
  delete process.env.AWS_PROFILE;
  return {
    fake,
    env: { ...process.env },
    restore: async () => {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
      await fake.close();
    },
  };
}

/** A command of the page, run as the page says: the live ones against `aws`. */
export async function runPageCommand(
  line: string,
  cwd: string,
  aws: { env: Record<string, string | undefined> },
): Promise<{ output: string; code: number }> {
  return runCommand(line, cwd, isLive(line) ? aws.env : { PATH: process.env.PATH });
}
