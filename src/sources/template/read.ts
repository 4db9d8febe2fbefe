/**
 * Reading one template file: refuse empty and binary files, pick the parser
 * (JSON when the text starts with `{`, YAML otherwise), and check the shape
 * every template must have.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { parseJson } from './json.js';
import type { ParsedText } from './parsed.js';
import { parseYaml } from './yaml.js';

export type RawTemplate = Record<string, unknown> & { Resources: Record<string, unknown> };

export interface TemplateFile {
  /** Absolute path. */
  path: string;
  /** As shown in messages and origins: relative to the working directory. */
  displayPath: string;
  template: RawTemplate;
  resourceLines: Map<string, number>;
}

const SAMPLE_BYTES = 8192;

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  const text = sample.toString('utf8');
  const replaced = text.split('\uFFFD').length - 1;
  return replaced > 0 && replaced / Math.max(text.length, 1) > 0.05;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of a file that must be a readable text file. */
export async function readTextFile(path: string, displayPath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${displayPath}: no such file or directory`);
    if (code === 'EISDIR') throw new InputError(`${displayPath}: is a directory, expected a file`);
    throw new InputError(`${displayPath}: cannot be read (${code ?? String(error)})`);
  }
  if (looksBinary(bytes)) throw new InputError(`${displayPath}: is a binary file, not a template`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(`${displayPath}: is empty`);
  return text;
}

export function parseTemplateText(text: string, displayPath: string): ParsedText {
  return text.trimStart().startsWith('{') ? parseJson(text, displayPath) : parseYaml(text, displayPath);
}

/** Checks the top-level shape: an object with a `Resources` mapping whose entries have a `Type`. */
export function checkTemplateShape(parsed: ParsedText, displayPath: string): RawTemplate {
  const value = parsed.value;
  if (!isRecord(value))
    throw new InputError(`${displayPath}: is not a template (the top level is not a mapping)`);
  if (!('Resources' in value)) throw new InputError(`${displayPath}: has no Resources section`);
  const resources = value.Resources;
  if (!isRecord(resources)) throw new InputError(`${displayPath}: Resources is not a mapping`);
  for (const [logicalId, resource] of Object.entries(resources)) {
    const line = parsed.resourceLines.get(logicalId);
    const where = line === undefined ? '' : ` (line ${line})`;
    if (!isRecord(resource))
      throw new InputError(`${displayPath}: resource ${logicalId}${where} is not a mapping`);
    if (typeof resource.Type !== 'string' || resource.Type === '') {
      throw new InputError(`${displayPath}: resource ${logicalId}${where} has no Type`);
    }
    if (resource.Properties !== undefined && resource.Properties !== null && !isRecord(resource.Properties)) {
      throw new InputError(`${displayPath}: Properties of resource ${logicalId}${where} is not a mapping`);
    }
  }
  for (const section of ['Parameters', 'Conditions', 'Mappings', 'Outputs']) {
    const sectionValue = value[section];
    if (sectionValue !== undefined && sectionValue !== null && !isRecord(sectionValue)) {
      throw new InputError(`${displayPath}: ${section} is not a mapping`);
    }
  }
  return value as RawTemplate;
}

export async function readTemplateFile(path: string, displayPath: string): Promise<TemplateFile> {
  const text = await readTextFile(path, displayPath);
  const parsed = parseTemplateText(text, displayPath);
  return {
    path,
    displayPath,
    template: checkTemplateShape(parsed, displayPath),
    resourceLines: parsed.resourceLines,
  };
}
