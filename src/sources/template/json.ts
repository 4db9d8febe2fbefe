/**
 * JSON templates: `JSON.parse` for the data, plus one linear scan of the text
 * for what JSON.parse does not say: the line of each key under `Resources`,
 * keys that repeat in one object (JSON.parse would keep the last silently),
 * nesting beyond the limit, and Rain directives. Each character is examined a
 * bounded number of times, so a minified template costs what a pretty one does.
 */
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../../errors.js';
import { LineIndex, MAX_DEPTH, MAX_JSON_CHARS, formatCount } from './limits.js';
import type { ParsedText } from './parsed.js';
import { isRainDirective, rainDirectiveError } from './preprocessor.js';
import { templateWithoutPrototypes } from './records.js';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** End index of the string starting at `start` (its closing quote), or -1. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    at = text.indexOf('"', at);
    if (at < 0) return -1;
    let backslashes = 0;
    for (let k = at - 1; text.charCodeAt(k) === BACKSLASH; k -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at += 1;
  }
}

function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw; // invalid JSON: JSON.parse reports it
  }
}

export interface JsonStructure {
  /** Logical id -> 1-based line of its key, for the keys directly under the top-level `Resources`. */
  resourceLines: Map<string, number>;
  /** The first key that repeats within one object, at the offset of its second occurrence. */
  duplicate?: { key: string; offset: number };
  /** The first Rain pre-processor key (`Rain::Embed`, `Rain::Module` ...). */
  directive?: { key: string; offset: number };
  /** Where the nesting first goes deeper than MAX_DEPTH (the scan stops there). */
  tooDeepAt?: number;
  /** Keys in all objects, repeats included: more than the parsed objects hold means a repeat. */
  keys: number;
  /** Characters examined by the scan: linear in the text, whatever its line lengths. */
  work: number;
}

/** Keys seen in one open object: a short list while small (most are), a set beyond. */
type SeenKeys = string[] | Set<string>;
const SMALL_OBJECT = 8;
const NO_KEYS: SeenKeys = [];
const RAIN = 'Rain::';

/** Records the key; false when the object already had it. */
function addKey(open: SeenKeys[], depth: number, key: string): boolean {
  const seen = open[depth - 1]!;
  if (Array.isArray(seen)) {
    if (seen.includes(key)) return false;
    if (seen.length < SMALL_OBJECT) seen.push(key);
    else open[depth - 1] = new Set([...seen, key]);
    return true;
  }
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** The characters that open or close a string, an object or an array: all the scan stops at. */
const STRUCTURAL = /["{}[\]]/g;

/**
 * One pass over the text, stopping only at quotes and brackets: a regular
 * expression finds the next one, and the body of a string is skipped with
 * `indexOf`, so the JavaScript loop runs once per string or bracket rather
 * than once per character (a cold scan of a cloud assembly took four times
 * its JSON.parse). Keys are only counted unless `findDuplicate` (the slow
 * path, taken once a repeat is known to exist) asks for the first repeated
 * one. The lines of the resource keys are counted afterwards, up to the last
 * of them (a valid JSON string holds no newline).
 */
export function scanJsonStructure(text: string, findDuplicate = false): JsonStructure {
  const structure: JsonStructure = { resourceLines: new Map(), keys: 0, work: 0 };
  const resourceOffsets: [string, number][] = [];
  // One entry per open container: the keys seen so far in an object; arrays are marked by `isObject`.
  const open: SeenKeys[] = [];
  const isObject: boolean[] = [];
  let nextValueIsResources = false;
  let inResources = false;
  // One expression for every scan, compiled once: a scan runs to its end synchronously.
  STRUCTURAL.lastIndex = 0;
  let examined = 0;
  while (STRUCTURAL.test(text)) {
    const i = STRUCTURAL.lastIndex - 1;
    structure.work += i + 1 - examined;
    examined = i + 1;
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) break;
      let after = end + 1;
      while (after < text.length && isWhitespace(text.charCodeAt(after))) after += 1;
      structure.work += after - examined;
      const depth = open.length;
      if (depth > 0 && isObject[depth - 1] && text.charCodeAt(after) === COLON) {
        structure.keys += 1;
        if (findDuplicate || depth <= 2 || text.startsWith(RAIN, i + 1)) {
          const key = decodeKey(text.slice(i + 1, end));
          if (findDuplicate && !addKey(open, depth, key)) structure.duplicate ??= { key, offset: i };
          if (isRainDirective(key)) structure.directive ??= { key, offset: i };
          if (depth === 1) nextValueIsResources = key === 'Resources';
          else if (depth === 2 && inResources) resourceOffsets.push([key, i]);
        }
      }
      STRUCTURAL.lastIndex = after;
      examined = after;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      open.push(findDuplicate ? [] : NO_KEYS);
      isObject.push(code === OPEN_OBJECT);
      if (open.length > MAX_DEPTH) {
        structure.tooDeepAt = i;
        break;
      }
      if (open.length === 2 && code === OPEN_OBJECT && nextValueIsResources) inResources = true;
    } else {
      open.pop();
      isObject.pop();
      if (open.length <= 1) inResources = false;
    }
  }
  let line = 1;
  let newline = text.indexOf('\n');
  for (const [key, offset] of resourceOffsets) {
    while (newline >= 0 && newline < offset) {
      line += 1;
      newline = text.indexOf('\n', newline + 1);
    }
    structure.resourceLines.set(key, line);
  }
  structure.work += resourceOffsets.at(-1)?.[1] ?? 0;
  return structure;
}

/** Logical id -> 1-based line of its key, for the keys directly under the top-level `Resources`. */
export function jsonResourceLines(text: string): Map<string, number> {
  return scanJsonStructure(text).resourceLines;
}

export function parseJson(text: string, file: string): ParsedText {
  if (text.length > MAX_JSON_CHARS) {
    throw new InputError(
      `${file}: is larger than the ${formatCount(MAX_JSON_CHARS)}-character limit for JSON templates`,
    );
  }
  const structure = scanJsonStructure(text);
  // Only an error needs the line of an arbitrary offset.
  let index: LineIndex | undefined;
  const lines = (): LineIndex => (index ??= new LineIndex(text));
  const at = (offset: number): string => `line ${lines().line(offset)}, column ${lines().column(offset)}`;
  if (structure.tooDeepAt !== undefined) {
    throw new InputError(
      `${file}: invalid JSON at ${at(structure.tooDeepAt)}: nested more than ${MAX_DEPTH} levels deep (the limit)`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first) {
      throw new InputError(
        `${file}: invalid JSON at line ${lines().line(first.offset)}: ${printParseErrorCode(first.error)}`,
      );
    }
    throw new InputError(`${file}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const counted = { keys: 0 };
  const mappings = templateWithoutPrototypes(value, counted);
  // JSON.parse keeps the last of repeated keys silently: fewer keys parsed than written means a repeat.
  const duplicate = counted.keys < structure.keys ? scanJsonStructure(text, true).duplicate : undefined;
  if (duplicate) {
    throw new InputError(
      `${file}: invalid JSON at ${at(duplicate.offset)}: duplicate key ${JSON.stringify(duplicate.key)}`,
    );
  }
  if (structure.directive) {
    const { key, offset } = structure.directive;
    throw rainDirectiveError(file, key, lines().line(offset));
  }
  return { value: mappings, resourceLines: structure.resourceLines };
}
