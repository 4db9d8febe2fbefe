/**
 * Bad input (a broken template, a missing file, a bad flag, a truncated
 * snapshot): the CLI prints the message as one line and exits 2.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
