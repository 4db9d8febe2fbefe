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

/** The file's lines without their line ends. */
function* fileLines(file: string): Generator<string> {
  let carry = '';
  const decoder = new TextDecoder('utf-8');
  for (const block of fileBlocks(file)) {
    const text = carry + decoder.decode(block, { stream: true });
    const lines = text.split('\n');
    carry = lines.pop()!;
    yield* lines;
  }
  carry += decoder.decode();
  if (carry !== '') yield carry;
}

/** The findings array as JSON.stringify(result, null, 2) (so findingsJsonChunks) lays it out. */
const FINDINGS_OPEN = '  "findings": [';
const ITEM_INDENT = '    ';

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
 * A findings.json laid out two-space indented, one finding at a time: its
 * lines are read and each finding's own lines parsed alone. Undefined when
 * the file is not laid out so (then it is read by parsing its tokens).
 */
function* indentedFindings(file: string, top: (data: unknown) => void): Generator<Finding, boolean> {
  const source = fileLines(file);
  // Read in three loops: breaking out of one must not close the file.
  const lines: Iterable<string> = { [Symbol.iterator]: () => ({ next: () => source.next() }) };
  try {
    const head: string[] = [];
    let opened = false;
    for (const line of lines) {
      if (head.length === 0 && line !== '{') return false;
      if (line === FINDINGS_OPEN) {
        opened = true;
        break;
      }
      // An empty list, or anything else on the findings line: read from its tokens.
      if (line.startsWith('  "findings": ')) return false;
      head.push(line);
    }
    if (!opened) return false;
    let item: string[] = [];
    let index = 0;
    let closing: string | undefined;
    for (const line of lines) {
      const atItemIndent = line.startsWith(ITEM_INDENT) && line[ITEM_INDENT.length] !== ' ';
      if (item.length > 0) {
        item.push(line);
        if (line.startsWith(`${ITEM_INDENT} `)) continue;
        if (!atItemIndent) throw notJson(file, new Error(`findings[${index}] does not end`));
      } else if (atItemIndent) {
        item.push(line);
        const opening = line.slice(ITEM_INDENT.length);
        // A finding's first line; an item on one line is complete.
        if (opening === '{' || opening === '[') continue;
      } else {
        closing = line;
        break;
      }
      let value: unknown;
      try {
        value = JSON.parse(item.join('\n').replace(/,$/, ''));
      } catch (error) {
        throw notJson(file, error);
      }
      item = [];
      yield checkedFinding(value, index, file);
      index += 1;
    }
    if (closing === undefined || !/^ {2}\],?$/.test(closing))
      throw notJson(file, new Error('the findings list does not end'));
    const frame = [...head, `  "findings": []${closing.endsWith(',') ? ',' : ''}`, ...lines].join('\n');
    let data: unknown;
    try {
      data = JSON.parse(frame);
    } catch (error) {
      throw notJson(file, error);
    }
    top(data);
    return true;
  } finally {
    source.return(undefined);
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
