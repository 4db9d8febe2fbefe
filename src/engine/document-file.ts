/**
 * A small YAML or JSON file a team writes for a scan (suppressions,
 * settings): read and parsed, every problem one InputError that names the
 * file by `what` and the path as the user gave it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { load, YAMLException } from 'js-yaml';
import { InputError } from '../errors.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? text;
}

async function readText(label: string, location: string): Promise<string> {
  try {
    return await readFile(location, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${label}: file not found`);
    if (code === 'EISDIR') throw new InputError(`${label}: is a directory, expected a YAML or JSON file`);
    throw new InputError(`${label}: cannot be read (${code ?? String(error)})`);
  }
}

function parseDocument(label: string, text: string): unknown {
  if (text.includes('\u0000')) throw new InputError(`${label}: binary content, expected YAML or JSON`);
  try {
    // js-yaml's default schema is YAML 1.2 core: dates stay strings, duplicate keys are errors.
    return load(text);
  } catch (error) {
    const message =
      error instanceof YAMLException
        ? `${error.reason}${error.mark ? ` at line ${error.mark.line + 1}` : ''}`
        : error instanceof Error
          ? firstLine(error.message)
          : String(error);
    throw new InputError(`${label}: invalid YAML/JSON: ${message}`);
  }
}

/**
 * The document in `path` (read relative to `cwd`, default the process's),
 * `undefined` when the file holds only whitespace. `label` starts every
 * message: "suppressions file x.yaml".
 */
export async function readDocumentFile(label: string, path: string, cwd?: string): Promise<unknown> {
  const text = await readText(label, cwd === undefined ? path : resolve(cwd, path));
  return text.trim() === '' ? undefined : parseDocument(label, text);
}
