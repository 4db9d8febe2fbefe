/**
 * NoEcho parameters: a value given for one (with --parameters or a parameter
 * file) is recorded only as given, and every output masks it wherever it
 * would have appeared (see sources/secrets.ts).
 */
import type { TemplateFile } from './read.js';

export const REDACTED_PARAMETER = '(NoEcho: value given, redacted)';

/** Parameters any scanned template declares `NoEcho: true`: their given values never reach an output. */
export function noEchoParameters(files: readonly TemplateFile[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    const parameters = file.template.Parameters;
    if (!parameters || typeof parameters !== 'object') continue;
    for (const [name, declaration] of Object.entries(parameters as Record<string, unknown>)) {
      const noEcho = (declaration as { NoEcho?: unknown } | null)?.NoEcho;
      if (noEcho === true || noEcho === 'true') names.add(name);
    }
  }
  return names;
}

export function redacted(values: Record<string, string>, secretNames: Set<string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, secretNames.has(name) ? REDACTED_PARAMETER : value]),
  );
}

/** Each NoEcho value, and each item of a list value, as it may appear in evaluated properties. */
export function secretsOf(values: Record<string, string>, secretNames: Set<string>): string[] | undefined {
  const secrets = Object.entries(values)
    .filter(([name, value]) => secretNames.has(name) && value !== '')
    .flatMap(([, value]) => [value, ...value.split(',').map((item) => item.trim())])
    .filter((value) => value !== '');
  return secrets.length > 0 ? [...new Set(secrets)] : undefined;
}
