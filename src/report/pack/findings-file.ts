/**
 * Reading a findings.json of any size. Up to STREAM_ABOVE_BYTES it is one
 * JSON.parse; above, one string would pass the engine's string length limit
 * (about 512 MB: a scan of a million findings), so the file is parsed as a
 * stream, one finding at a time. Either way the SHA-256 of the bytes read is
 * returned, so callers compare exactly what they parsed with a manifest.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { JSONParser } from '@streamparser/json';
import type { Finding, ScanResult } from '../../engine/finding.js';
import { InputError } from '../../errors.js';
import { checkFindings, parseFindings } from './rerender.js';

export const STREAM_ABOVE_BYTES = 256 * 1024 * 1024;

export interface FindingsFile {
  result: ScanResult;
  sha256: string;
}

export async function parseStreamed(file: string): Promise<FindingsFile> {
  const hash = createHash('sha256');
  const top: Record<string, unknown> = {};
  const findings: unknown[] = [];
  // keepStack false: each emitted finding is dropped from the parser's own copy of the array.
  let sawFindings = false;
  const parser = new JSONParser({ paths: ['$.*', '$.findings.*'], keepStack: false });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 2 && stack[1]?.key === 'findings') findings.push(value);
    else if (stack.length === 1 && key === 'findings') sawFindings = true;
    else if (stack.length === 1 && typeof key === 'string') top[key] = value;
  };
  try {
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      parser.write(chunk as Buffer);
    }
    if (!parser.isEnded) parser.end();
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const data = sawFindings ? { ...top, findings } : top;
  return { result: checkFindings(data, file), sha256: hash.digest('hex') };
}

export async function readFindingsFile(
  file: string,
  streamAboveBytes = STREAM_ABOVE_BYTES,
): Promise<FindingsFile> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new InputError(`${file}: cannot be read`);
  if (info.size > streamAboveBytes) return parseStreamed(file);
  const bytes = await readFile(file).catch(() => {
    throw new InputError(`${file}: cannot be read`);
  });
  return {
    result: parseFindings(bytes.toString('utf8'), file),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

const READ_BLOCK_BYTES = 1024 * 1024;

/** The file's bytes in blocks, read synchronously, so a generator can stop and close it at any point. */
function* fileBlocks(file: string): Generator<Buffer> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new InputError(`${file}: cannot be read`);
  }
  try {
    const block = Buffer.alloc(READ_BLOCK_BYTES);
    const read = () => {
      try {
        return readSync(fd, block);
      } catch {
        throw new InputError(`${file}: cannot be read`);
      }
    };
    for (let size = read(); size > 0; size = read()) yield block.subarray(0, size);
  } finally {
    closeSync(fd);
  }
}

/** The findings array as JSON.stringify(result, null, 2) (so findingsJsonChunks) lays it out. */
const FINDINGS_KEY = '\n  "findings": ';
const ITEM_INDENT = '    ';
/** Where a two-space indented file's findings key is looked for; past this, the file is read from its tokens. */
const HEAD_LIMIT_CHARS = 64 * 1024 * 1024;

function notJson(file: string, error: unknown): InputError {
  return new InputError(`${file}: not valid JSON (${(error as Error).message})`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** checkFindings' check of one finding, with its message. */
function checkedFinding(value: unknown, index: number, file: string): Finding {
  if (
    !isRecord(value) ||
    typeof value.ruleId !== 'string' ||
    typeof value.status !== 'string' ||
    !isRecord(value.resource) ||
    typeof value.resource.id !== 'string' ||
    !Array.isArray(value.controls)
  ) {
    throw new InputError(`${file}: findings[${index}] lacks ruleId, status, controls or resource.id`);
  }
  return value as unknown as Finding;
}

/**
 * A findings.json laid out two-space indented, one finding at a time: each
 * finding's text is cut out where its closing brace stands alone at the
 * findings' indent, and parsed alone. Returns false, having yielded nothing,
 * when the file is not laid out so (then it is read from its tokens).
 */
function* indentedFindings(file: string, top: (data: unknown) => void): Generator<Finding, boolean> {
  const blocks = fileBlocks(file);
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let ended = false;
  const more = (): boolean => {
    if (ended) return false;
    const next = blocks.next();
    if (next.done) {
      text += decoder.decode();
      ended = true;
    } else text += decoder.decode(next.value, { stream: true });
    return true;
  };
  /** Where `pattern` is at or after `from`, reading on as needed; -1 at the end of the file. */
  const find = (pattern: string, from: number): number => {
    let searched = from;
    for (;;) {
      const at = text.indexOf(pattern, searched);
      if (at >= 0) return at;
      searched = Math.max(from, text.length - pattern.length + 1);
      if (!more()) return -1;
    }
  };
  const cutShort = (what: string) => notJson(file, new Error(`${what} does not end`));
  try {
    while (text.length < 4 && more());
    if (!text.startsWith('{\n  "')) return false;
    let key = text.indexOf(FINDINGS_KEY);
    while (key < 0 && text.length < HEAD_LIMIT_CHARS && more()) key = text.indexOf(FINDINGS_KEY);
    while (key >= 0 && text.length < key + FINDINGS_KEY.length + 2 && more());
    if (key < 0 || !text.startsWith('[\n', key + FINDINGS_KEY.length)) return false;
    const head = text.slice(0, key);
    text = text.slice(key + FINDINGS_KEY.length + 2);
    let at = 0;
    let index = 0;
    let comma = false;
    for (;;) {
      while (text.length < at + ITEM_INDENT.length + 2 && more());
      if (!text.startsWith(ITEM_INDENT, at) || text[at + ITEM_INDENT.length] === ' ') break;
      if (index > 0 && !comma) throw notJson(file, new Error(`no comma after findings[${index - 1}]`));
      let item: string;
      let after: number;
      if (text.startsWith(`${ITEM_INDENT}{\n`, at) || text.startsWith(`${ITEM_INDENT}[\n`, at)) {
        const close = find(`\n${ITEM_INDENT}${text[at + ITEM_INDENT.length] === '{' ? '}' : ']'}`, at);
        if (close < 0) throw cutShort(`findings[${index}]`);
        after = close + ITEM_INDENT.length + 2;
        item = text.slice(at, after);
      } else {
        // An item on one line.
        const end = find('\n', at);
        if (end < 0) throw cutShort(`findings[${index}]`);
        after = text[end - 1] === ',' ? end - 1 : end;
        item = text.slice(at, after);
      }
      while (text.length < after + 2 && more());
      comma = text[after] === ',';
      at = after + (comma ? 1 : 0);
      if (text[at] !== '\n') throw notJson(file, new Error(`findings[${index}] is followed by text`));
      at += 1;
      let value: unknown;
      try {
        value = JSON.parse(item);
      } catch (error) {
        throw notJson(file, error);
      }
      yield checkedFinding(value, index, file);
      index += 1;
      if (at > READ_BLOCK_BYTES) {
        text = text.slice(at);
        at = 0;
      }
    }
    if (comma || !text.startsWith('  ]', at)) throw cutShort('the findings list');
    let rest = text.slice(at + 3);
    text = '';
    while (more()) {
      rest += text;
      text = '';
    }
    let data: unknown;
    try {
      data = JSON.parse(`${head}${FINDINGS_KEY}[]${rest}`);
    } catch (error) {
      throw notJson(file, error);
    }
    top(data);
    return true;
  } finally {
    blocks.return(undefined);
  }
}

/** Any findings.json, one finding at a time, from its tokens (slower than indentedFindings). */
function* tokenizedFindings(file: string, top: (data: unknown) => void): Generator<Finding> {
  const fields: Record<string, unknown> = {};
  let sawFindings = false;
  const found: unknown[] = [];
  const parser = new JSONParser({ paths: ['$.*', '$.findings.*'], keepStack: false });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 2 && stack[1]?.key === 'findings') found.push(value);
    else if (stack.length === 1 && key === 'findings') sawFindings = true;
    else if (stack.length === 1 && typeof key === 'string') fields[key] = value;
  };
  let index = 0;
  const drain = function* (): Generator<Finding> {
    for (const value of found.splice(0)) {
      yield checkedFinding(value, index, file);
      index += 1;
    }
  };
  for (const block of fileBlocks(file)) {
    try {
      // Copied: the parser may keep a part of a block it has not finished.
      parser.write(Buffer.from(block));
    } catch (error) {
      throw notJson(file, error);
    }
    yield* drain();
  }
  try {
    if (!parser.isEnded) parser.end();
  } catch (error) {
    throw notJson(file, error);
  }
  yield* drain();
  top(sawFindings ? { ...fields, findings: [] } : fields);
}

/**
 * A findings.json of any size, read one finding at a time and never held
 * whole: each finding is checked as checkFindings checks it; once every
 * finding is read, the other fields are checked and given to `onEnd`
 * (with `findings` empty). Each call reads the file again.
 */
export function* streamFindingsFile(
  file: string,
  onEnd: (result: ScanResult) => void = () => undefined,
): Generator<Finding> {
  const top = (data: unknown) => onEnd(checkFindings(data, file));
  const indented = indentedFindings(file, top);
  let next = indented.next();
  if (next.done && !next.value) {
    yield* tokenizedFindings(file, top);
    return;
  }
  while (!next.done) {
    yield next.value;
    next = indented.next();
  }
}
