/**
 * Bad input (a broken template, a missing file, a bad flag, a truncated
 * snapshot): the CLI prints the message as one line and exits 2.
 */
export class InputError extends Error {
  constructor(
    message: string,
    /** Where in the file, when the input is a file: lets a scan list each broken file with its place. */
    readonly location?: { line: number; column?: number },
  ) {
    super(message);
    this.name = 'InputError';
  }
}
