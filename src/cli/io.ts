/** The CLI's window on the terminal, injectable so tests can capture it. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Environment variables (NO_COLOR, AWS_*). */
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour only on a TTY, and never with NO_COLOR set. */
export function wantsColor(io: Io): boolean {
  return io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
}
