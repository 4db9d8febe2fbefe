/**
 * Template parameter values: parameter files (the CloudFormation CLI's
 * `[{"ParameterKey","ParameterValue"}]`, or CodePipeline's `{"Parameters": {...}}`),
 * then `--parameters KEY=VALUE`, which win.
 */
import { relative } from 'node:path';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { isRecord, parseTemplateText, readTextFile } from './read.js';

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(',');
  }
  return undefined;
}

function entriesOf(value: unknown, displayPath: string): [string, string][] {
  const bad = (what: string): never => {
    throw new InputError(`${displayPath}: ${what}`);
  };
  const list = isRecord(value) && 'Parameters' in value ? value.Parameters : value;
  if (Array.isArray(list)) {
    return list.map((entry, index) => {
      if (!isRecord(entry) || typeof entry.ParameterKey !== 'string') {
        return bad(`entry ${index + 1} has no ParameterKey`);
      }
      if (entry.UsePreviousValue === true) {
        return bad(`parameter ${entry.ParameterKey} uses UsePreviousValue, which a scan cannot know`);
      }
      const text = scalar(entry.ParameterValue);
      if (text === undefined) return bad(`parameter ${entry.ParameterKey} has no ParameterValue`);
      return [entry.ParameterKey, text];
    });
  }
  if (isRecord(list)) {
    return Object.entries(list).map(([key, raw]) => {
      const text = scalar(raw);
      if (text === undefined) return bad(`parameter ${key} is not a string`);
      return [key, text];
    });
  }
  return bad(
    'is not a parameter file (expected [{"ParameterKey","ParameterValue"}] or {"Parameters": {...}})',
  );
}

export async function loadParameterValues(
  parameterFiles: readonly string[],
  given: Record<string, string>,
  cwd: string,
): Promise<{ values: Record<string, string>; filesRead: string[]; origins: Record<string, string> }> {
  const values: Record<string, string> = {};
  const origins: Record<string, string> = {};
  const filesRead: string[] = [];
  for (const file of parameterFiles) {
    const path = resolve(cwd, file);
    const displayPath = relative(cwd, path) || file;
    const text = await readTextFile(path, displayPath);
    let parsed: unknown;
    try {
      parsed = parseTemplateText(text, displayPath).value;
    } catch (error) {
      throw error instanceof InputError
        ? new InputError(error.message.replace('invalid YAML', 'invalid parameter file'))
        : error;
    }
    for (const [key, value] of entriesOf(parsed, displayPath)) {
      values[key] = value;
      origins[key] = displayPath;
    }
    filesRead.push(displayPath);
  }
  for (const key of Object.keys(given)) origins[key] = '--parameters';
  return { values: { ...values, ...given }, filesRead, origins };
}
