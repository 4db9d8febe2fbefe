/** Runs the CLI in-process with captured stdout/stderr. */
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env,
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Exactly one line on stderr, `soc2: ...`, and nothing that looks like a stack trace. */
export function oneErrorLine(run: CliRun): string {
  const lines = run.stderr.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) throw new Error(`expected one stderr line, got ${lines.length}: ${run.stderr}`);
  const line = lines[0]!;
  if (!line.startsWith('soc2: ') || /\n\s+at |\bat .*\.(js|ts):\d+/.test(run.stderr)) {
    throw new Error(`not a clean error line: ${run.stderr}`);
  }
  return line;
}
