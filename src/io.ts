/** The process's window on the terminal (the CLI's, and any step that logs), injectable so tests can capture it. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Environment variables (NO_COLOR, AWS_*). */
  env: Record<string, string | undefined>;
  cwd: string;
}
