/**
 * Reading one template file: refuse empty and binary files, pick the parser
 * (JSON when the text starts with `{`, YAML otherwise), and check the shape
 * every template must have.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import type { AssetManifests } from './assets.js';
import { parseJson } from './json.js';
import { formatCount, MAX_JSON_CHARS } from './limits.js';
import type { ParsedText } from './parsed.js';
import { parseYaml } from './yaml.js';

/** `Fn::Transform` (AWS::Include or a macro) directly under Resources: resources the template does not show. */
export const INCLUDED_RESOURCES = 'Fn::Transform';

export type RawTemplate = Record<string, unknown> & { Resources: Record<string, unknown> };

/**
 * The folder a template's references (nested templates, asset paths) must stay
 * inside: the cloud assembly, the scanned folder, or a lone template's folder.
 */
export interface TemplateBounds {
  /** Real path (symbolic links resolved). */
  root: string;
  /** As shown in messages. */
  rootDisplay: string;
  /** cdk.out: the asset manifests, which map S3 object keys to local files. */
  assets?: AssetManifests;
}

export interface TemplateFile {
  /** Absolute path. */
  path: string;
  /** As shown in messages and origins: relative to the working directory. */
  displayPath: string;
  template: RawTemplate;
  resourceLines: Map<string, number>;
  /** Default: the template's own folder. */
  bounds?: TemplateBounds;
}

export function boundsOfFile(file: TemplateFile): TemplateBounds {
  return file.bounds ?? { root: realPathOf(dirname(file.path)), rootDisplay: dirname(file.displayPath) };
}

/** A path in the input that points outside the scanned input, or at something that is not a file: never read. */
export class RefusedPathError extends InputError {}

export function isInside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!isAbsolute(rest) && rest.split(sep)[0] !== '..');
}

/**
 * `reference` (as written in `displayPath`) resolved against `base`, refused
 * unless it stays inside `bounds.root`, also after following symbolic links.
 * A path that does not exist is returned as is: the caller says it is missing.
 */
export function resolveInside(
  bounds: TemplateBounds,
  base: string,
  reference: string,
  displayPath: string,
): string {
  const path = resolve(base, reference);
  if (!isInside(bounds.root, realPathOf(path))) {
    throw new RefusedPathError(
      `${displayPath}: path "${reference}" leads outside ${bounds.rootDisplay}; refused (scan a folder that holds both)`,
    );
  }
  return path;
}

/** The real path, symbolic links resolved; for a path that does not exist, its nearest existing parent's. */
function realPathOf(path: string): string {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(realpathSync.native(current), ...missing.reverse());
    } catch {
      if (dirname(current) === current) return path;
      missing.push(basename(current));
    }
  }
}

export async function boundsOf(root: string, rootDisplay: string): Promise<TemplateBounds> {
  return { root: await realpath(root), rootDisplay };
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
    // A FIFO or a device (/dev/zero) would block or never end: opened without blocking, read only when a regular file.
    // Synchronous: a scan reads its files one after another, and each promise round trip cost more than the read.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (!info.isFile()) {
        throw new RefusedPathError(
          `${displayPath}: is not a regular file (a device, FIFO or socket); refused`,
        );
      }
      // UTF-8 takes at least one byte a character: a file over the largest limit is refused before it is read.
      if (info.size > MAX_JSON_CHARS * 4) {
        throw new InputError(
          `${displayPath}: is ${formatCount(info.size)} bytes; templates are limited to ${formatCount(MAX_JSON_CHARS)} characters`,
        );
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
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
  if (Object.keys(resources).length === 0) {
    throw new InputError(
      `${displayPath}: Resources is empty; CloudFormation requires at least one resource and would reject the template`,
    );
  }
  const lineOf = (logicalId: string): string => {
    const line = parsed.resourceLines.get(logicalId);
    return line === undefined ? '' : ` (line ${line})`;
  };
  for (const logicalId of Object.keys(resources)) {
    const resource = resources[logicalId];
    if (logicalId.startsWith('Fn::ForEach::')) continue; // a loop: language-extensions.ts expands and checks it
    if (logicalId === INCLUDED_RESOURCES) continue; // resources from AWS::Include: sam/transforms.ts turns them into gaps
    if (!isRecord(resource))
      throw new InputError(`${displayPath}: resource ${logicalId}${lineOf(logicalId)} is not a mapping`);
    if (typeof resource.Type !== 'string' || resource.Type === '') {
      throw new InputError(`${displayPath}: resource ${logicalId}${lineOf(logicalId)} has no Type`);
    }
    if (resource.Properties !== undefined && resource.Properties !== null && !isRecord(resource.Properties)) {
      throw new InputError(
        `${displayPath}: Properties of resource ${logicalId}${lineOf(logicalId)} is not a mapping`,
      );
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

/**
 * Templates read ahead of the build (discovery follows nested stacks to find
 * cycles): the build takes each one instead of reading and parsing it again.
 * Emptied at the start of every discovery, so nothing outlives one scan.
 */
export const readAhead = new Map<string, TemplateFile>();

/** `bounds`: what the template's references must stay inside; default: its own folder. */
export async function readTemplateFile(
  path: string,
  displayPath: string,
  bounds?: TemplateBounds,
): Promise<TemplateFile> {
  const ahead = readAhead.get(path);
  if (ahead !== undefined && ahead.displayPath === displayPath) {
    readAhead.delete(path);
    return bounds === undefined ? ahead : { ...ahead, bounds };
  }
  const text = await readTextFile(path, displayPath);
  const parsed = parseTemplateText(text, displayPath);
  return {
    path,
    displayPath,
    template: checkTemplateShape(parsed, displayPath),
    resourceLines: parsed.resourceLines,
    bounds: bounds ?? (await boundsOf(dirname(path), dirname(displayPath))),
  };
}
