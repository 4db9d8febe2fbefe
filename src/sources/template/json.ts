/**
 * JSON templates: `JSON.parse` for the data, plus one linear scan of the text
 * for the line of each key under `Resources` (CDK's templates are JSON and
 * can be megabytes).
 */
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { InputError } from '../../errors.js';
import type { ParsedText } from './parsed.js';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

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

/** Logical id -> 1-based line of its key, for the keys directly under the top-level `Resources`. */
export function jsonResourceLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let depth = 0;
  let nextValueIsResources = false;
  let inResources = false;
  let countedTo = 0;
  let line = 1;
  const lineAt = (position: number): number => {
    for (let at = text.indexOf('\n', countedTo); at >= 0 && at < position; at = text.indexOf('\n', at + 1)) {
      line += 1;
      countedTo = at + 1;
    }
    countedTo = Math.max(countedTo, position);
    return line;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) break;
      let after = end + 1;
      while (after < text.length && isWhitespace(text.charCodeAt(after))) after += 1;
      if (text.charCodeAt(after) === COLON) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (depth === 1) nextValueIsResources = key === 'Resources';
        else if (depth === 2 && inResources) lines.set(key, lineAt(i));
      }
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      depth += 1;
      if (depth === 2 && code === OPEN_OBJECT && nextValueIsResources) inResources = true;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      depth -= 1;
      if (depth <= 1) inResources = false;
    }
  }
  return lines;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

export function parseJson(text: string, file: string): ParsedText {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first) {
      throw new InputError(
        `${file}: invalid JSON at line ${lineOfOffset(text, first.offset)}: ${printParseErrorCode(first.error)}`,
      );
    }
    throw new InputError(`${file}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { value, resourceLines: jsonResourceLines(text) };
}
