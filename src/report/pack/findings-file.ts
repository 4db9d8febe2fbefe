/**
 * Reading a findings.json of any size. Up to STREAM_ABOVE_BYTES it is one
 * JSON.parse; above, one string would pass the engine's string length limit
 * (about 512 MB: a scan of a million findings), so the file is parsed as a
 * stream, one finding at a time. Either way the SHA-256 of the bytes read is
 * returned, so callers compare exactly what they parsed with a manifest.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { JSONParser } from '@streamparser/json';
import type { ScanResult } from '../../engine/finding.js';
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
