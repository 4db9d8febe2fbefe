import type { Io } from '../io.js';

export type { Io } from '../io.js';

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour only on a TTY, and never with NO_COLOR set. */
export function wantsColor(io: Io): boolean {
  return io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
}
